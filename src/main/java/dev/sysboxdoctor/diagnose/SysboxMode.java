package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.MgrStartBlock;

/**
 * How Sysbox shifts file ownership on a target; ROOTFS_CLONING is the one that breaks docker commit.
 * USERNS_REMAP: Docker's userns-remap already owns the rootfs by the remapped uid, so sysbox-runc
 * needs no shift and never clones (sysbox-runc {@code needUidShiftOnRootfs}).
 */
public enum SysboxMode {
    IDMAPPED, SHIFTFS, ROOTFS_CLONING, USERNS_REMAP, NOT_INSTALLED, UNKNOWN;

    /** The mode sysbox-mgr's start block logged, read as the diagnosis reads it (UNKNOWN when it does not say). */
    public static SysboxMode loggedIn(MgrStartBlock start) {
        return start == null ? UNKNOWN : ModeDecision.fromJournal(start).mode();
    }
}
