package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.FindingIds;
import java.util.Set;

/** The four status cards of a target and which findings colour each. */
public enum CardKind {
    WSL(Set.of(FindingIds.WSL_UNAVAILABLE, FindingIds.WSL_TIMED_OUT, FindingIds.WSL_INBOX, FindingIds.WSL_NO_DISTROS,
            FindingIds.WSL_KERNEL_PINNED, FindingIds.WSL1_DISTRO, FindingIds.DOCKER_DESKTOP_DISTROS,
            FindingIds.WSL_NETWORKING_MIRRORED)),
    KERNEL(Set.of(FindingIds.KERNEL_TOO_OLD_FOR_IDMAP, FindingIds.WSL_KERNEL_OLD, FindingIds.KERNEL_TOO_OLD_FOR_SYSBOX,
            FindingIds.USERNS_CLONE_DISABLED)),
    SYSBOX(Set.of(FindingIds.COMMIT_BROKEN, FindingIds.COMMIT_UNKNOWN, FindingIds.COMMIT_SAFE,
            FindingIds.SYSBOX_NOT_INSTALLED, FindingIds.SHIFTFS_PRECHECK_FAILED, FindingIds.SHIFTFS_PRECHECK_OVERRIDDEN,
            FindingIds.PRECHECK_OVERRIDE_WITHOUT_SHIFTFS, FindingIds.SHIFTFS_DISABLED_BY_FLAG,
            FindingIds.IDMAP_DISABLED_BY_FLAG, FindingIds.ROOTFS_CLONING_DISABLED, FindingIds.SYSBOX_RESTART_PENDING,
            FindingIds.SYSBOX_MGR_NOT_RUNNING, FindingIds.JOURNAL_OVERRIDES_PREDICTION, FindingIds.NO_SYSTEMD,
            FindingIds.SYSBOX_MGR_MISSING_TOOL, FindingIds.SYSBOX_MGR_IDMAP_CHECK_FAILED, FindingIds.SYSBOX_MGR_SUBID,
            FindingIds.SYSBOX_MGR_START_TIMEOUT, FindingIds.SYSBOX_MGR_STALE_PIDFILE, FindingIds.SYSBOX_MGR_DATA_ROOT_FS,
            FindingIds.SYSBOX_FS_FAILED, FindingIds.SYSBOX_TOO_OLD, FindingIds.SHIFTFS_MODE_UNCONFIRMED, FindingIds.MGR_FLAG_IN_WRONG_UNIT)),
    DOCKER(Set.of(FindingIds.DOCKER_UNREACHABLE, FindingIds.DOCKER_DESKTOP_ENGINE,
            FindingIds.SYSBOX_RUNTIME_NOT_REGISTERED, FindingIds.DEFAULT_RUNTIME_SYSBOX, FindingIds.SYSBOX_CONTAINERS,
            FindingIds.DOCKER_USERNS_REMAP, FindingIds.STORAGE_DRIVER_NOT_OVERLAY));

    private final Set<String> findingIds;

    CardKind(Set<String> findingIds) {
        this.findingIds = findingIds;
    }

    public boolean covers(String findingId) {
        return findingIds.contains(findingId);
    }

    public String key() {
        return name().toLowerCase();
    }
}
