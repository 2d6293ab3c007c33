package dev.sysboxdoctor.host;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * wsl.exe, called with argv lists only. Every call sets {@code WSL_UTF8=1} (and forwards it with
 * WSLENV when run from inside WSL) but the output is still sniffed, since inbox builds ignore it.
 */
public class WslCli {
    private final CommandRunner runner;
    private final String wslExe;
    private final Duration timeout;

    public WslCli(CommandRunner runner, String wslExe, Duration timeout) {
        this.runner = Objects.requireNonNull(runner);
        this.wslExe = Objects.requireNonNull(wslExe);
        this.timeout = Objects.requireNonNull(timeout);
    }

    public String executable() {
        return wslExe;
    }

    /** {@code wsl.exe --list --verbose}. */
    public WslReply listVerbose() throws IOException, InterruptedException {
        return call(List.of("--list", "--verbose"), timeout);
    }

    /** {@code wsl.exe --version} (inbox builds reject it with a usage text). */
    public WslReply version() throws IOException, InterruptedException {
        return call(List.of("--version"), timeout);
    }

    /** {@code wsl.exe --status}. */
    public WslReply status() throws IOException, InterruptedException {
        return call(List.of("--status"), timeout);
    }

    /** {@code wsl.exe --update} (may need elevation; may take minutes). */
    public WslReply update(Duration t) throws IOException, InterruptedException {
        return call(List.of("--update"), t);
    }

    /** {@code wsl.exe --shutdown}: stops the VM so a changed .wslconfig or kernel takes effect. */
    public WslReply shutdown() throws IOException, InterruptedException {
        return call(List.of("--shutdown"), timeout);
    }

    /** Runs {@code argv} in a distro as {@code user} (null: the distro's default user), stdin optional. */
    public WslReply exec(String distro, String user, List<String> argv, byte[] stdin, Duration t)
            throws IOException, InterruptedException {
        return WslReply.of(runner.run(execCommand(distro, user, argv, stdin, t)));
    }

    /** The command {@link #exec} runs: {@code wsl.exe -d NAME [-u USER] -e ARGV...}; names stay argv elements. */
    public Command execCommand(String distro, String user, List<String> argv, byte[] stdin, Duration t) {
        List<String> a = new ArrayList<>(List.of(wslExe, "-d", distro));
        if (user != null) {
            a.add("-u");
            a.add(user);
        }
        a.add("-e");
        a.addAll(argv);
        return utf8(Command.of(a)).withStdin(stdin).withTimeout(t);
    }

    public WslReply call(List<String> args, Duration t) throws IOException, InterruptedException {
        List<String> a = new ArrayList<>();
        a.add(wslExe);
        a.addAll(args);
        return WslReply.of(runner.run(utf8(Command.of(a)).withTimeout(t)));
    }

    private static Command utf8(Command c) {
        String wslenv = System.getenv("WSLENV");
        String forward = wslenv == null || wslenv.isEmpty() ? "WSL_UTF8" : wslenv + ":WSL_UTF8";
        return c.withEnv("WSL_UTF8", "1").withEnv("WSLENV", forward);
    }
}
