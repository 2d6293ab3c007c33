package dev.sysboxdoctor.diagnose;

/**
 * How Sysbox shifts file ownership on a target; ROOTFS_CLONING is the one that breaks docker commit.
 * USERNS_REMAP: Docker's userns-remap already owns the rootfs by the remapped uid, so sysbox-runc
 * needs no shift and never clones (sysbox-runc {@code needUidShiftOnRootfs}).
 */
public enum SysboxMode {
    IDMAPPED, SHIFTFS, ROOTFS_CLONING, USERNS_REMAP, NOT_INSTALLED, UNKNOWN
}
