package dev.sysboxdoctor.diagnose;

/** Stable ids of the fixes (remedy room) and save methods (image room) that findings point at. */
public final class RemedyIds {
    /** {@code wsl --update} to a kernel 5.19 or newer (6.6 or 6.18 today). */
    public static final String WSL_KERNEL_UPGRADE = "wsl-kernel-upgrade";
    /** Remove (comment out) the {@code kernel=} pin in .wslconfig, then {@code wsl --shutdown}. */
    public static final String WSL_KERNEL_UNPIN = "wsl-kernel-unpin";
    /** systemd drop-in adding {@code --disable-shiftfs-precheck} to sysbox-mgr, restart Sysbox. */
    public static final String PRECHECK_OVERRIDE = "precheck-override";
    /** Restart Sysbox ({@code systemctl daemon-reload && systemctl restart sysbox}) so changed units take effect. */
    public static final String SYSBOX_RESTART = "sysbox-restart";
    /** {@code wsl --shutdown} so a changed .wslconfig or updated kernel takes effect. */
    public static final String WSL_SHUTDOWN = "wsl-shutdown";
    /** {@code [wsl2] networkingMode=nat} in .wslconfig, then {@code wsl --shutdown}. */
    public static final String WSL_NETWORKING_NAT = "wsl-networking-nat";
    /** Save a container with export/import (verified) instead of docker commit. */
    public static final String SAVE_EXPORT_IMPORT = "save-export-import";
    /** Save a container with an in-container filesystem snapshot (verified). */
    public static final String SAVE_SNAPSHOT = "save-snapshot";

    /** Save every Sysbox container as a verified image ({@code image save-all}). */
    public static final String SAVE_ALL = "save-all";

    private RemedyIds() {}
}
