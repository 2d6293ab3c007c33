package dev.sysboxdoctor.diagnose;

/** Stable finding ids. The GUI, the remedy room and tests key off these; never rename one. */
public final class FindingIds {
    // Verdict per target
    public static final String COMMIT_BROKEN = "commit-broken";
    public static final String COMMIT_SAFE = "commit-safe";
    public static final String COMMIT_UNKNOWN = "commit-unknown";
    public static final String SYSBOX_NOT_INSTALLED = "sysbox-not-installed";
    // Causes and conditions
    public static final String KERNEL_TOO_OLD_FOR_IDMAP = "kernel-too-old-for-idmap";
    public static final String SHIFTFS_PRECHECK_FAILED = "shiftfs-precheck-failed";
    public static final String SHIFTFS_PRECHECK_OVERRIDDEN = "shiftfs-precheck-overridden";
    public static final String PRECHECK_OVERRIDE_WITHOUT_SHIFTFS = "precheck-override-without-shiftfs";
    public static final String SHIFTFS_DISABLED_BY_FLAG = "shiftfs-disabled-by-flag";
    public static final String IDMAP_DISABLED_BY_FLAG = "idmap-disabled-by-flag";
    public static final String ROOTFS_CLONING_DISABLED = "rootfs-cloning-disabled";
    public static final String SYSBOX_RESTART_PENDING = "sysbox-restart-pending";
    public static final String SYSBOX_MGR_NOT_RUNNING = "sysbox-mgr-not-running";
    public static final String JOURNAL_OVERRIDES_PREDICTION = "journal-overrides-prediction";
    public static final String NO_SYSTEMD = "no-systemd";
    public static final String WSL1_DISTRO = "wsl1-distro";
    public static final String DEFAULT_RUNTIME_SYSBOX = "default-runtime-sysbox";
    public static final String SYSBOX_CONTAINERS = "sysbox-containers";
    // Sysbox's daemons and the host around them
    public static final String SYSBOX_MGR_MISSING_TOOL = "sysbox-mgr-missing-tool";
    public static final String SYSBOX_MGR_IDMAP_CHECK_FAILED = "sysbox-mgr-idmap-check-failed";
    public static final String SYSBOX_MGR_SUBID = "sysbox-mgr-subid";
    public static final String SYSBOX_MGR_START_TIMEOUT = "sysbox-mgr-start-timeout";
    public static final String SYSBOX_MGR_STALE_PIDFILE = "sysbox-mgr-stale-pidfile";
    public static final String SYSBOX_MGR_DATA_ROOT_FS = "sysbox-mgr-data-root-fs";
    public static final String SYSBOX_FS_FAILED = "sysbox-fs-failed";
    public static final String SYSBOX_TOO_OLD = "sysbox-too-old";
    public static final String KERNEL_TOO_OLD_FOR_SYSBOX = "kernel-too-old-for-sysbox";
    public static final String USERNS_CLONE_DISABLED = "userns-clone-disabled";
    public static final String SHIFTFS_MODE_UNCONFIRMED = "shiftfs-mode-unconfirmed";
    public static final String MGR_FLAG_IN_WRONG_UNIT = "mgr-flag-in-wrong-unit";
    /** Sysbox containers whose changes live only in a rootfs clone that sysbox-mgr deletes when Sysbox stops. */
    public static final String CONTAINER_CHANGES_VOLATILE = "container-changes-volatile";
    // Docker
    public static final String DOCKER_USERNS_REMAP = "docker-userns-remap";
    public static final String STORAGE_DRIVER_NOT_OVERLAY = "storage-driver-not-overlay";
    public static final String DOCKER_UNREACHABLE = "docker-unreachable";
    public static final String DOCKER_DESKTOP_ENGINE = "docker-desktop-engine";
    public static final String SYSBOX_RUNTIME_NOT_REGISTERED = "sysbox-runtime-not-registered";
    // WSL machine-wide
    public static final String WSL_UNAVAILABLE = "wsl-unavailable";
    public static final String WSL_TIMED_OUT = "wsl-timed-out";
    public static final String WSL_INBOX = "wsl-inbox";
    public static final String WSL_NO_DISTROS = "wsl-no-distros";
    public static final String WSL_KERNEL_OLD = "wsl-kernel-old";
    public static final String WSL_KERNEL_PINNED = "wsl-kernel-pinned";
    public static final String DOCKER_DESKTOP_DISTROS = "docker-desktop-distros";
    public static final String WSL_NETWORKING_MIRRORED = "wsl-networking-mirrored";
    // Could not inspect
    public static final String TARGET_UNREACHABLE = "target-unreachable";
    public static final String TARGET_TIMED_OUT = "target-timed-out";
    public static final String UNLEARNED = "unlearned";

    private FindingIds() {}
}
