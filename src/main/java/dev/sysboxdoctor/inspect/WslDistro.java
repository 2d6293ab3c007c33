package dev.sysboxdoctor.inspect;

/**
 * One row of {@code wsl.exe -l -v}.
 *
 * @param state   as printed (Running, Stopped, Installing, ...; not localized by wsl.exe)
 * @param version 1 or 2, 0 when it could not be read
 * @param dockerDesktop Docker Desktop's own distro (docker-desktop, docker-desktop-data): reported, never a target
 */
public record WslDistro(String name, String state, int version, boolean isDefault, boolean dockerDesktop) {
    public boolean running() {
        return "Running".equalsIgnoreCase(state);
    }
}
