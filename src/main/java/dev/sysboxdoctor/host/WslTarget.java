package dev.sysboxdoctor.host;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** A WSL distro: every command is one {@code wsl.exe -d NAME -u root -e ...} launch. */
public final class WslTarget implements LinuxTarget {
    private final WslCli wsl;
    private final String distro;

    public WslTarget(WslCli wsl, String distro) {
        this.wsl = Objects.requireNonNull(wsl);
        this.distro = Objects.requireNonNull(distro);
    }

    @Override
    public String name() {
        return distro;
    }

    @Override
    public boolean isWsl() {
        return true;
    }

    @Override
    public CommandResult run(List<String> argv, byte[] stdin, Duration timeout) throws IOException, InterruptedException {
        return wsl.exec(distro, "root", argv, stdin, timeout).result();
    }
}
