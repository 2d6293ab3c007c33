package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslReply;
import dev.sysboxdoctor.inspect.WslDistro;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The last step of every WSL remedy: {@code wsl --shutdown}, so the next start reads the new
 * kernel or .wslconfig, with the warning that names the distros and containers it stops.
 */
final class WslShutdown {
    private WslShutdown() {}

    static PlannedStep step(WslAccess wsl, WslCli cli) {
        RemedyTexts t = wsl.texts();
        List<String> argv = List.of(cli.executable(), "--shutdown");
        return new PlannedStep(Step.command("wsl-shutdown", t.get("shutdown.step"), argv)
                .withNote(wsl.insideWsl() ? t.get("shutdown.step.noteInside") : t.get("shutdown.step.note")),
                log -> {
                    try {
                        WslReply r = cli.shutdown();
                        if (!r.ok()) {
                            throw new StepFailedException(r.allText().isBlank()
                                    ? t.get("shutdown.failed", r.exitCode())
                                    : t.get("shutdown.failedWith", r.exitCode(), r.allText().strip()));
                        }
                    } catch (IOException e) {
                        throw new StepFailedException(t.get("wsl.cannotRun", cli.executable(), e.getMessage()), e);
                    }
                }, null, PlannedStep.Resettle.IF_DONE).stoppingSysbox();
    }

    static List<String> warnings(WslAccess wsl, WslCli cli) throws StepFailedException, InterruptedException {
        RemedyTexts t = wsl.texts();
        RemedyEnvironment env = wsl.env();
        List<String> running = WslAccess.distros(cli, t).stream().filter(WslDistro::running).map(WslDistro::name).toList();
        List<String> w = new ArrayList<>();
        if (running.isEmpty()) {
            w.add(t.get("shutdown.warn.none"));
        } else {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < running.size(); i++) {
                String d = running.get(i);
                List<String> containers = env.guards() != null ? List.of() : RunningContainers.describe(Machine.wsl(env, cli, d), false);
                sb.append(i == 0 ? "" : t.get("shutdown.warn.separator")).append(d);
                if (!containers.isEmpty()) {
                    sb.append(containers.get(0).startsWith("(") ? " " + containers.get(0)
                            : t.get("shutdown.warn.withContainers", String.join(", ", containers)));
                }
            }
            w.add(t.get("shutdown.warn.running", sb));
        }
        if (wsl.insideWsl()) {
            w.add(t.get("shutdown.warn.inside"));
        }
        return w;
    }
}
