package dev.sysboxdoctor.inspect;

/** A target is the local Linux system (possibly under --root) or a WSL distro reached through wsl.exe. */
public enum TargetKind {
    LOCAL, WSL_DISTRO
}
