package dev.sysboxdoctor.diagnose;

/** JSON {@code host.kind}: Windows (looked at through wsl.exe), inside WSL2/WSL1, or native Linux. */
public enum HostKind {
    WINDOWS, WSL2, WSL1, LINUX
}
