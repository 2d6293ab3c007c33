package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.LinuxTarget;
import dev.sysboxdoctor.host.WslOutput;
import dev.sysboxdoctor.inspect.ScriptSections.Section;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One target's kernel and Sysbox facts (and, for WSL distros, Docker's) from one batched script run. */
final class TargetInspector {
    static final String SCRIPT = loadScript();

    private TargetInspector() {}

    /** The script's sections, or the reason it could not run. */
    record ScriptRun(Map<String, Section> sections, Gap failure, boolean timedOut, String wslinfoVersion) {}

    static ScriptRun runScript(LinuxTarget target, boolean withDocker, Duration timeout) throws InterruptedException {
        CommandResult r;
        try {
            r = target.runScript(SCRIPT, withDocker ? List.of("docker") : List.of(), timeout);
        } catch (IOException e) {
            return new ScriptRun(Map.of(), Gap.of("target", "could not start: " + e.getMessage()), false, null);
        }
        String out = WslOutput.decode(r.stdout());
        Map<String, Section> sections = ScriptSections.parse(out);
        if (r.timedOut()) {
            return new ScriptRun(sections, Gap.timeout("target", "timed out after " + timeout.toSeconds() + " s"
                    + (target.isWsl() ? " (wsl.exe did not answer)" : "")), true, null);
        }
        if (sections.isEmpty()) {
            List<String> evidence = new ArrayList<>();
            String text = (out + "\n" + WslOutput.decode(r.stderr())).strip();
            if (!text.isEmpty()) {
                text.lines().limit(12).forEach(evidence::add);
            }
            String code = WslOutput.errorCode(text);
            String why = target.isWsl() ? "the distro did not run the fact script (wsl.exe exit " + r.exitCode() + ")"
                    : "the fact script did not run (exit " + r.exitCode() + ")";
            return new ScriptRun(sections, new Gap("target", code != null ? why + ": " + code : why, evidence), false, null);
        }
        Section wslinfo = sections.get("wslinfo");
        String wv = wslinfo != null && wslinfo.ok() ? WslVersionParser.parseWslinfo(wslinfo.text()) : null;
        return new ScriptRun(sections, null, false, wv);
    }

    static TargetFacts facts(String name, TargetKind kind, WslDistro distro, ScriptRun run, DockerFacts docker) {
        if (run.failure() != null) {
            return new TargetFacts(name, kind, distro, Tri.NO, KernelFacts.unknown(List.of()), SysboxFacts.unknown(List.of()),
                    docker, List.of(run.failure()));
        }
        List<Gap> gaps = new ArrayList<>();
        if (run.sections().values().stream().anyMatch(s -> s.rc() == ScriptSections.TRUNCATED)) {
            gaps.add(Gap.of("target", "the fact script's output was cut off; facts after that point are unknown"));
        }
        KernelFacts kernel = KernelParser.parse(run.sections());
        if (distro != null && kernel.platform() != KernelPlatform.WSL1 && distro.version() == 1) {
            kernel = withPlatform(kernel, KernelPlatform.WSL1);
        }
        return new TargetFacts(name, kind, distro, Tri.YES, kernel, SysboxParser.parse(run.sections()), docker, gaps);
    }

    private static KernelFacts withPlatform(KernelFacts k, KernelPlatform p) {
        return new KernelFacts(k.release(), k.version(), p, k.procVersion(), Tri.NO, "WSL1 has no Linux kernel",
                ShiftfsState.ABSENT, "WSL1", k.systemd(), k.gaps());
    }

    private static String loadScript() {
        try (InputStream in = TargetInspector.class.getResourceAsStream("target-facts.sh")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
