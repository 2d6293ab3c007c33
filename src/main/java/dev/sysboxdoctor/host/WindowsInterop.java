package dev.sysboxdoctor.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Reaching Windows from inside a WSL distro (the app running through WSLg): wsl.exe and the
 * Windows user profile through interop. Everything here is absent on native Linux, and when
 * interop is switched off ({@code [interop] enabled=false}: no WSLInterop binfmt entry).
 */
public final class WindowsInterop {
    /** Where wsl.exe lives as seen from the distro (default automount root /mnt). */
    private static final List<String> WSL_EXE_CANDIDATES = List.of(
            "mnt/c/Windows/System32/wsl.exe", "mnt/c/Program Files/WSL/wsl.exe");
    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final Path fsRoot;
    private final CommandRunner runner;

    /** @param fsRoot "/" on a real machine; a fixture directory in tests */
    public WindowsInterop(Path fsRoot, CommandRunner runner) {
        this.fsRoot = fsRoot;
        this.runner = runner;
    }

    public boolean available() {
        return Files.exists(fsRoot.resolve("proc/sys/fs/binfmt_misc/WSLInterop"));
    }

    /** The Windows wsl.exe, when interop is on and it is where Windows keeps it. */
    public Optional<Path> wslExe() {
        if (!available()) {
            return Optional.empty();
        }
        return WSL_EXE_CANDIDATES.stream().map(fsRoot::resolve).filter(Files::isExecutable).findFirst();
    }

    /**
     * %USERPROFILE% as a Linux path ({@code /mnt/c/Users/NAME}): asks cmd.exe, then wslpath.
     * Empty when interop, cmd.exe or wslpath is not there or does not answer.
     */
    public Optional<Path> userProfile() throws InterruptedException {
        if (!available()) {
            return Optional.empty();
        }
        try {
            CommandResult r = runner.run(Command.of("cmd.exe", "/d", "/c", "echo %USERPROFILE%").withTimeout(TIMEOUT));
            String windowsPath = WslOutput.decode(r.stdout()).strip();
            if (!r.ok() || windowsPath.isEmpty() || windowsPath.contains("%")) {
                return Optional.empty();
            }
            CommandResult u = runner.run(Command.of("wslpath", "-u", windowsPath).withTimeout(TIMEOUT));
            String linuxPath = u.stdoutText().strip();
            return u.ok() && !linuxPath.isEmpty() ? Optional.of(Path.of(linuxPath)) : Optional.empty();
        } catch (IOException noInterop) {
            return Optional.empty();
        }
    }
}
