package dev.sysboxdoctor.diagnose;

import java.util.Arrays;
import java.util.Optional;

/**
 * The remedies findings point at. {@link #key()} is the stable id the CLI, JSON and reports show;
 * {@link #means()} says which room carries it out.
 */
public enum RemedyId {
    /** Stock WSL kernel below 5.19: {@code wsl --update}, then {@code wsl --shutdown}. */
    WSL_KERNEL_UPGRADE("wsl-kernel-upgrade", Means.FIX_PLAN),
    /** A custom kernel pinned in .wslconfig: comment the pin out, or point it at another kernel file. */
    WSL_KERNEL_UNPIN("wsl-kernel-unpin", Means.FIX_PLAN),
    /** shiftfs loaded but its precheck fails: {@code sysbox-mgr --disable-shiftfs-precheck} via a drop-in. */
    PRECHECK_OVERRIDE("precheck-override", Means.FIX_PLAN),
    /** WSL's mirrored networking breaks Sysbox's seccomp notify filter: {@code networkingMode=nat}, then {@code wsl --shutdown}. */
    WSL_NETWORKING_NAT("wsl-networking-nat", Means.FIX_PLAN),
    /** Restart Sysbox ({@code systemctl daemon-reload && systemctl restart sysbox}) so changed units take effect. */
    SYSBOX_RESTART("sysbox-restart", Means.BY_HAND),
    /** Save a container with export/import (verified) instead of docker commit. */
    SAVE_EXPORT_IMPORT("save-export-import", Means.SAVE_ONE),
    /** Save a container with an in-container filesystem snapshot (verified). */
    SAVE_SNAPSHOT("save-snapshot", Means.SAVE_ONE),
    /** Save every Sysbox container as a verified image ({@code image save-all}). */
    SAVE_ALL("save-all", Means.SAVE_ALL);

    /** Who carries a remedy out. */
    public enum Means {
        /** A fix plan of the remedy room (preview, consent, apply, verify, undo): {@code fix}, the wizard. */
        FIX_PLAN,
        /** The user, following the finding (no plan of ours). */
        BY_HAND,
        /** The image room saves one container ({@code image save}, the save dialog). */
        SAVE_ONE,
        /** The image room saves every Sysbox container ({@code image save-all}). */
        SAVE_ALL
    }

    private final String key;
    private final Means means;

    RemedyId(String key, Means means) {
        this.key = key;
        this.means = means;
    }

    public String key() {
        return key;
    }

    public Means means() {
        return means;
    }

    public boolean hasFixPlan() {
        return means == Means.FIX_PLAN;
    }

    public static Optional<RemedyId> parse(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }
}
