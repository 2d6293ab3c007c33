package dev.sysboxdoctor.diagnose;

/** How Sysbox shifts file ownership on a target; ROOTFS_CLONING is the one that breaks docker commit. */
public enum SysboxMode {
    IDMAPPED, SHIFTFS, ROOTFS_CLONING, NOT_INSTALLED, UNKNOWN
}
