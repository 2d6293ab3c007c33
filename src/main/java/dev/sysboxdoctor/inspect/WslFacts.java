package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * WSL as wsl.exe reports it.
 *
 * @param available     wsl.exe could be started and answered something
 * @param wslVersion    WSL package version from {@code --version} (null: inbox wsl.exe or unknown)
 * @param kernelVersion WSL kernel package version from {@code --version} or {@code --status} (null if unknown)
 * @param inbox         the old inbox wsl.exe that rejects {@code --version}
 */
public record WslFacts(boolean available, String wslExe, String wslVersion, String kernelVersion, boolean inbox,
                       List<WslDistro> distros, List<Gap> gaps) {
    public WslFacts {
        distros = List.copyOf(distros);
        gaps = List.copyOf(gaps);
    }

    /** Distros a user would run Sysbox in: everything but Docker Desktop's own. */
    public List<WslDistro> userDistros() {
        return distros.stream().filter(d -> !d.dockerDesktop()).toList();
    }

    public String defaultDistro() {
        return distros.stream().filter(WslDistro::isDefault).map(WslDistro::name).findFirst().orElse(null);
    }
}
