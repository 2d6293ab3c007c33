package dev.sysboxdoctor.remedy;

import java.util.Arrays;
import java.util.Optional;

/** The remedies this app knows; {@link #key()} is the id findings and the CLI use. */
public enum RemedyId {
    /** Stock WSL kernel below 5.19: {@code wsl --update}, then {@code wsl --shutdown}. */
    WSL_KERNEL_UPGRADE("wsl-kernel-upgrade"),
    /** A custom kernel pinned in .wslconfig: comment the pin out, or point it at another kernel file. */
    WSL_KERNEL_UNPIN("wsl-kernel-unpin"),
    /** shiftfs loaded but its precheck fails: {@code sysbox-mgr --disable-shiftfs-precheck} via a drop-in. */
    PRECHECK_OVERRIDE("precheck-override"),
    /** WSL's mirrored networking breaks Sysbox's seccomp notify filter: {@code networkingMode=nat}, then {@code wsl --shutdown}. */
    WSL_NETWORKING_NAT("wsl-networking-nat");

    private final String key;

    RemedyId(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<RemedyId> parse(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
