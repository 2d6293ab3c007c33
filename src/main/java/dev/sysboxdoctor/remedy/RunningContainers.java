package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.CommandResult;
import java.util.ArrayList;
import java.util.List;

/** Lists running containers on a machine (for warnings), marking those on the sysbox-runc runtime. */
final class RunningContainers {
    private RunningContainers() {}

    /** Container names (with their runtime) or one line saying why the list is unknown. */
    static List<String> describe(Machine m, boolean sysboxOnly) throws InterruptedException {
        try {
            CommandResult ids = m.run(List.of("docker", "ps", "-q"), false);
            if (!ids.ok()) {
                return List.of(m.texts().get("containers.cannotList", m.label(), Machine.tail(ids)));
            }
            List<String> idList = ids.stdoutText().lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (idList.isEmpty()) {
                return List.of();
            }
            List<String> argv = new ArrayList<>(List.of("docker", "inspect", "--format", "{{.Name}} {{.HostConfig.Runtime}}"));
            argv.addAll(idList);
            CommandResult info = m.run(argv, false);
            if (!info.ok()) {
                return List.of(m.texts().get("containers.cannotInspect", m.label(), Machine.tail(info)));
            }
            List<String> out = new ArrayList<>();
            for (String line : info.stdoutText().lines().toList()) {
                String[] w = line.strip().split("\\s+");
                if (w.length < 2) {
                    continue;
                }
                boolean sysbox = w[1].equals("sysbox-runc");
                if (!sysboxOnly || sysbox) {
                    out.add(w[0].replaceFirst("^/", "") + (sysboxOnly ? "" : " (" + w[1] + ")"));
                }
            }
            return out;
        } catch (StepFailedException e) {
            return List.of(m.texts().get("containers.failed", e.getMessage()));
        }
    }
}
