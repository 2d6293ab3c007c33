package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslReply;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** The default WSL distro, as {@code wsl.exe -l -v} marks it with '*' (Docker Desktop's own never counts). */
public final class WslDefaultDistro {
    private WslDefaultDistro() {}

    /**
     * @return the default user distro, empty when there is none
     * @throws IOException when wsl.exe cannot be run, times out or fails for another reason
     */
    public static Optional<String> find(CommandRunner runner, String wslExe, Duration timeout)
            throws IOException, InterruptedException {
        WslReply r = new WslCli(runner, wslExe, timeout).listVerbose();
        if (r.timedOut()) {
            throw new IOException(wslExe + " --list --verbose timed out after " + timeout.toSeconds() + " s");
        }
        Optional<String> found = WslListParser.parse(r.stdout()).distros().stream()
                .filter(d -> d.isDefault() && !d.dockerDesktop()).map(WslDistro::name).findFirst();
        if (found.isEmpty() && !r.ok()) {
            String code = r.errorCode();
            if (code != null && code.contains("DEFAULT_DISTRO_NOT_FOUND")) {
                return Optional.empty();
            }
            throw new IOException(wslExe + " --list --verbose failed (exit " + r.exitCode() + "): "
                    + r.allText().strip().replaceAll("\\s*\\n\\s*", " "));
        }
        return found;
    }
}
