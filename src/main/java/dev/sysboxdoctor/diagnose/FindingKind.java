package dev.sysboxdoctor.diagnose;

import static dev.sysboxdoctor.diagnose.Arg.BASIS;
import static dev.sysboxdoctor.diagnose.Arg.LATEST_SYSBOX;
import static dev.sysboxdoctor.diagnose.Arg.MIN_KERNEL;
import static dev.sysboxdoctor.diagnose.Arg.DRIVER;
import static dev.sysboxdoctor.diagnose.Arg.FILE;
import static dev.sysboxdoctor.diagnose.Arg.CONTAINERS;
import static dev.sysboxdoctor.diagnose.Arg.COUNT;
import static dev.sysboxdoctor.diagnose.Arg.DISTRO;
import static dev.sysboxdoctor.diagnose.Arg.DISTROS;
import static dev.sysboxdoctor.diagnose.Arg.FLAG;
import static dev.sysboxdoctor.diagnose.Arg.KERNEL;
import static dev.sysboxdoctor.diagnose.Arg.KERNEL_PIN;
import static dev.sysboxdoctor.diagnose.Arg.MODE;
import static dev.sysboxdoctor.diagnose.Arg.PREDICTED_BASIS;
import static dev.sysboxdoctor.diagnose.Arg.PREDICTED_MODE;
import static dev.sysboxdoctor.diagnose.Arg.REASON;
import static dev.sysboxdoctor.diagnose.Arg.RUNTIMES;
import static dev.sysboxdoctor.diagnose.Arg.SUBJECT;
import static dev.sysboxdoctor.diagnose.Arg.SYSBOX_VERSION;
import static dev.sysboxdoctor.diagnose.Severity.ERROR;
import static dev.sysboxdoctor.diagnose.Severity.INFO;
import static dev.sysboxdoctor.diagnose.Severity.OK;
import static dev.sysboxdoctor.diagnose.Severity.WARNING;

import java.util.List;

/**
 * Every kind of finding: its stable id (API: scripts match it), its severity, and the arguments
 * its words need. One id may have several kinds where the words or the severity differ by case
 * (a variant); the catalogue ({@code i18n/findings*.properties}) holds {@code KEY.title} and
 * {@code KEY.detail} for each, KEY being {@link #key()}. Every text may also use {@code {target}}.
 * Adding a kind: a constant here, its two lines in each catalogue (docs/architecture.md).
 */
public enum FindingKind {
    COMMIT_BROKEN(FindingIds.COMMIT_BROKEN, null, ERROR, BASIS),
    COMMIT_SAFE_IDMAPPED(FindingIds.COMMIT_SAFE, "idmapped", OK, BASIS),
    COMMIT_SAFE_SHIFTFS(FindingIds.COMMIT_SAFE, "shiftfs", OK, BASIS),
    COMMIT_SAFE_USERNS_REMAP(FindingIds.COMMIT_SAFE, "userns-remap", OK, BASIS),
    COMMIT_SAFE_OLD_SYSBOX(FindingIds.COMMIT_SAFE, "old-sysbox", OK, SYSBOX_VERSION, BASIS),
    COMMIT_UNKNOWN_MODE(FindingIds.COMMIT_UNKNOWN, "mode", WARNING, BASIS),
    COMMIT_UNKNOWN_CHOWN(FindingIds.COMMIT_UNKNOWN, "chown-without-cloning", WARNING),
    COMMIT_UNKNOWN_INSTALL(FindingIds.COMMIT_UNKNOWN, "install-unknown", WARNING),
    SYSBOX_NOT_INSTALLED_SAFE(FindingIds.SYSBOX_NOT_INSTALLED, "safe", INFO, MODE),
    SYSBOX_NOT_INSTALLED_CLONING(FindingIds.SYSBOX_NOT_INSTALLED, "cloning", INFO),
    SYSBOX_NOT_INSTALLED_UNKNOWN(FindingIds.SYSBOX_NOT_INSTALLED, "unknown", INFO, BASIS),

    KERNEL_TOO_OLD_FOR_IDMAP(FindingIds.KERNEL_TOO_OLD_FOR_IDMAP, null, INFO, KERNEL),
    KERNEL_TOO_OLD_FOR_IDMAP_WSL(FindingIds.KERNEL_TOO_OLD_FOR_IDMAP, "wsl", INFO, KERNEL),
    SHIFTFS_PRECHECK_FAILED(FindingIds.SHIFTFS_PRECHECK_FAILED, null, WARNING),
    SHIFTFS_PRECHECK_FAILED_OVERRIDDEN(FindingIds.SHIFTFS_PRECHECK_FAILED, "overridden", INFO),
    SHIFTFS_PRECHECK_OVERRIDDEN(FindingIds.SHIFTFS_PRECHECK_OVERRIDDEN, null, INFO),
    PRECHECK_OVERRIDE_WITHOUT_SHIFTFS(FindingIds.PRECHECK_OVERRIDE_WITHOUT_SHIFTFS, null, WARNING),
    SHIFTFS_DISABLED_BY_FLAG(FindingIds.SHIFTFS_DISABLED_BY_FLAG, null, INFO),
    SHIFTFS_DISABLED_BY_FLAG_MATTERS(FindingIds.SHIFTFS_DISABLED_BY_FLAG, "matters", WARNING),
    IDMAP_DISABLED_BY_FLAG(FindingIds.IDMAP_DISABLED_BY_FLAG, null, INFO, FLAG),
    IDMAP_DISABLED_BY_FLAG_MATTERS(FindingIds.IDMAP_DISABLED_BY_FLAG, "matters", WARNING, FLAG),
    ROOTFS_CLONING_DISABLED(FindingIds.ROOTFS_CLONING_DISABLED, null, INFO),
    SYSBOX_RESTART_PENDING(FindingIds.SYSBOX_RESTART_PENDING, null, WARNING),
    SYSBOX_MGR_NOT_RUNNING(FindingIds.SYSBOX_MGR_NOT_RUNNING, null, ERROR),
    SYSBOX_MGR_MISSING_TOOL(FindingIds.SYSBOX_MGR_MISSING_TOOL, null, ERROR),
    SYSBOX_MGR_IDMAP_CHECK_FAILED(FindingIds.SYSBOX_MGR_IDMAP_CHECK_FAILED, null, ERROR),
    SYSBOX_MGR_SUBID(FindingIds.SYSBOX_MGR_SUBID, null, ERROR, LATEST_SYSBOX),
    SYSBOX_MGR_START_TIMEOUT(FindingIds.SYSBOX_MGR_START_TIMEOUT, null, ERROR),
    SYSBOX_MGR_STALE_PIDFILE(FindingIds.SYSBOX_MGR_STALE_PIDFILE, null, ERROR),
    SYSBOX_MGR_DATA_ROOT_FS(FindingIds.SYSBOX_MGR_DATA_ROOT_FS, null, ERROR),
    SYSBOX_FS_FAILED(FindingIds.SYSBOX_FS_FAILED, null, ERROR),
    SYSBOX_FS_FAILED_FUSERMOUNT(FindingIds.SYSBOX_FS_FAILED, "fusermount-missing", ERROR),
    SYSBOX_FS_FAILED_APPARMOR(FindingIds.SYSBOX_FS_FAILED, "apparmor-denied", ERROR),
    SYSBOX_TOO_OLD(FindingIds.SYSBOX_TOO_OLD, null, WARNING, SYSBOX_VERSION, LATEST_SYSBOX),
    SYSBOX_TOO_OLD_BEFORE_067(FindingIds.SYSBOX_TOO_OLD, "before-0.6.7", WARNING, SYSBOX_VERSION, LATEST_SYSBOX),
    KERNEL_TOO_OLD_FOR_SYSBOX(FindingIds.KERNEL_TOO_OLD_FOR_SYSBOX, null, WARNING, KERNEL, MIN_KERNEL),
    KERNEL_TOO_OLD_FOR_SYSBOX_INSTALLED(FindingIds.KERNEL_TOO_OLD_FOR_SYSBOX, "sysbox-installed", ERROR, KERNEL, MIN_KERNEL),
    USERNS_CLONE_DISABLED(FindingIds.USERNS_CLONE_DISABLED, null, WARNING),
    USERNS_CLONE_DISABLED_WITH_SYSBOX(FindingIds.USERNS_CLONE_DISABLED, "sysbox-installed", ERROR),
    SHIFTFS_MODE_UNCONFIRMED(FindingIds.SHIFTFS_MODE_UNCONFIRMED, null, WARNING),
    MGR_FLAG_IN_WRONG_UNIT(FindingIds.MGR_FLAG_IN_WRONG_UNIT, null, WARNING, FLAG, FILE),
    DOCKER_USERNS_REMAP(FindingIds.DOCKER_USERNS_REMAP, null, INFO),
    STORAGE_DRIVER_NOT_OVERLAY(FindingIds.STORAGE_DRIVER_NOT_OVERLAY, null, WARNING, DRIVER),
    WSL_NETWORKING_MIRRORED(FindingIds.WSL_NETWORKING_MIRRORED, null, ERROR),
    CONTAINER_CHANGES_VOLATILE(FindingIds.CONTAINER_CHANGES_VOLATILE, null, ERROR, COUNT, CONTAINERS),
    JOURNAL_OVERRIDES_PREDICTION(FindingIds.JOURNAL_OVERRIDES_PREDICTION, null, INFO, PREDICTED_MODE, PREDICTED_BASIS, MODE),
    NO_SYSTEMD(FindingIds.NO_SYSTEMD, null, WARNING),
    NO_SYSTEMD_WSL(FindingIds.NO_SYSTEMD, "wsl", WARNING),
    WSL1_DISTRO(FindingIds.WSL1_DISTRO, null, WARNING, DISTRO),
    WSL1_DISTRO_WITH_SYSBOX(FindingIds.WSL1_DISTRO, "sysbox-installed", ERROR, DISTRO),
    DEFAULT_RUNTIME_SYSBOX(FindingIds.DEFAULT_RUNTIME_SYSBOX, null, INFO),
    SYSBOX_CONTAINERS(FindingIds.SYSBOX_CONTAINERS, null, INFO, COUNT, CONTAINERS),

    DOCKER_UNREACHABLE(FindingIds.DOCKER_UNREACHABLE, null, INFO, REASON),
    DOCKER_DESKTOP_ENGINE(FindingIds.DOCKER_DESKTOP_ENGINE, null, INFO),
    DOCKER_DESKTOP_ENGINE_WITH_SYSBOX(FindingIds.DOCKER_DESKTOP_ENGINE, "sysbox-installed", WARNING),
    SYSBOX_RUNTIME_NOT_REGISTERED(FindingIds.SYSBOX_RUNTIME_NOT_REGISTERED, null, WARNING, RUNTIMES),

    WSL_UNAVAILABLE(FindingIds.WSL_UNAVAILABLE, null, WARNING, REASON),
    WSL_TIMED_OUT(FindingIds.WSL_TIMED_OUT, null, WARNING, REASON),
    WSL_TIMED_OUT_PARTLY(FindingIds.WSL_TIMED_OUT, "partly", WARNING, SUBJECT, REASON),
    WSL_INBOX(FindingIds.WSL_INBOX, null, WARNING),
    WSL_NO_DISTROS(FindingIds.WSL_NO_DISTROS, null, INFO),
    WSL_KERNEL_OLD(FindingIds.WSL_KERNEL_OLD, null, WARNING, KERNEL),
    WSL_KERNEL_PINNED(FindingIds.WSL_KERNEL_PINNED, null, INFO, KERNEL_PIN),
    WSL_KERNEL_PINNED_OLD(FindingIds.WSL_KERNEL_PINNED, "old", WARNING, KERNEL_PIN),
    DOCKER_DESKTOP_DISTROS(FindingIds.DOCKER_DESKTOP_DISTROS, null, INFO, DISTROS),

    TARGET_UNREACHABLE_DISTRO(FindingIds.TARGET_UNREACHABLE, "distro", WARNING, REASON),
    TARGET_UNREACHABLE_MACHINE(FindingIds.TARGET_UNREACHABLE, "machine", WARNING, REASON),
    TARGET_TIMED_OUT_DISTRO(FindingIds.TARGET_TIMED_OUT, "distro", WARNING, REASON),
    TARGET_TIMED_OUT_MACHINE(FindingIds.TARGET_TIMED_OUT, "machine", WARNING, REASON),
    UNLEARNED(FindingIds.UNLEARNED, null, INFO, SUBJECT, REASON),
    UNLEARNED_JOURNAL_UNDECIDED(FindingIds.UNLEARNED, "journal-undecided", INFO),
    NOTHING_TO_INSPECT(FindingIds.UNLEARNED, "nothing-to-inspect", INFO);

    private final String id;
    private final String variant;
    private final Severity severity;
    private final List<Arg> args;

    FindingKind(String id, String variant, Severity severity, Arg... args) {
        this.id = id;
        this.variant = variant;
        this.severity = severity;
        this.args = List.of(args);
    }

    /** The stable id that JSON, scripts, the GUI and the remedy room see. */
    public String id() {
        return id;
    }

    public Severity severity() {
        return severity;
    }

    /** The arguments every finding of this kind carries (possibly with null values for unknown facts). */
    public List<Arg> args() {
        return args;
    }

    /** The catalogue key: the id, or {@code id.variant}. */
    public String key() {
        return variant == null ? id : id + "." + variant;
    }
}
