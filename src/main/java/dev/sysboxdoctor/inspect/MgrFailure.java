package dev.sysboxdoctor.inspect;

/**
 * Why sysbox-mgr's last start failed, read from its journal or log (failures.md B).
 *
 * @param line the exact line that shows the cause, as printed
 */
public record MgrFailure(Cause cause, String line) {
    public enum Cause {
        /** {@code preflight check failed: rsync is not installed on host.} */
        MISSING_TOOL,
        /** {@code ID-mapping check failed: ...}: the data root's filesystem cannot be ID-mapped. */
        IDMAP_CHECK_FAILED,
        /** {@code failed to setup subid allocator: ...} (login.defs comments, mismatched ranges). */
        SUBID,
        /** systemd's {@code start operation timed out. Terminating.} */
        START_TIMEOUT,
        /** {@code sysbox-mgr program is running as pid N}: a stale /run/sysbox/sysmgr.pid. */
        STALE_PIDFILE,
        /** {@code ... can't be on overlayfs/tmpfs}: the data root's filesystem. */
        DATA_ROOT_FS,
        /** Failed for a reason not classified here; the line is still the evidence. */
        OTHER
    }
}
