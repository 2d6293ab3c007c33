package dev.sysboxdoctor.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A Linux system to inspect or change: the local one (its files under a root dir) or a WSL distro
 * reached through wsl.exe. Scripts read files as {@code "${SYSBOX_DOCTOR_ROOT:-}/proc/version"}
 * and call commands by name, so the same script works in both (the fake wsl.exe and
 * {@code --root} set that prefix; a real distro leaves it empty).
 */
public interface LinuxTarget {
    /** Env var holding the file-system prefix a script must put before absolute paths. */
    String ROOT_ENV = "SYSBOX_DOCTOR_ROOT";

    /** "local" or the distro name. */
    String name();

    boolean isWsl();

    /** Runs argv on the target (as root in a WSL distro; as the current user locally). */
    CommandResult run(List<String> argv, byte[] stdin, Duration timeout) throws IOException, InterruptedException;

    /**
     * Runs a POSIX sh script given on stdin ({@code sh -s -- ARGS...}): one process (one wsl.exe
     * launch) however much it does. Names go in {@code args} (as $1, $2...), never into the script text.
     */
    default CommandResult runScript(String script, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        List<String> argv = new ArrayList<>(List.of("sh", "-s", "--"));
        argv.addAll(args);
        return run(argv, script.getBytes(StandardCharsets.UTF_8), timeout);
    }

    static LinuxTarget local(CommandRunner runner, Path root) {
        return new LocalTarget(runner, root);
    }

    static LinuxTarget wsl(WslCli wsl, String distro) {
        return new WslTarget(wsl, distro);
    }
}
