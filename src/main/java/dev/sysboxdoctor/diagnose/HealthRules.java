package dev.sysboxdoctor.diagnose;

import static dev.sysboxdoctor.diagnose.TargetRules.evidence;
import static dev.sysboxdoctor.diagnose.TargetRules.labeled;
import static dev.sysboxdoctor.diagnose.TargetRules.olderThan;

import dev.sysboxdoctor.inspect.DockerFacts;
import dev.sysboxdoctor.inspect.FsFailure;
import dev.sysboxdoctor.inspect.KernelFacts;
import dev.sysboxdoctor.inspect.KernelPlatform;
import dev.sysboxdoctor.inspect.MgrFailure;
import dev.sysboxdoctor.inspect.MisplacedFlag;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.SysboxHealth;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.inspect.WslConfigFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * Rules for what keeps Sysbox from working on a real machine: its daemons down (with the cause
 * their journals show), a Sysbox or kernel too old, user namespaces off, flags in the wrong unit,
 * Docker settings that change the mode, WSL's mirrored networking. Pure.
 */
final class HealthRules {
    private HealthRules() {}

    /** sysbox-mgr is installed but not running, or its unit failed. */
    static boolean mgrDown(SysboxFacts sb) {
        return sb.installed() == Tri.YES && (sb.mgrRunning() == Tri.NO || sb.health().mgrUnit().failed());
    }

    /** The finding id for a down sysbox-mgr: the classified cause, else sysbox-mgr-not-running. */
    static String mgrDownId(SysboxHealth h) {
        MgrFailure f = h.mgrFailure();
        if (f == null) {
            return FindingIds.SYSBOX_MGR_NOT_RUNNING;
        }
        return switch (f.cause()) {
            case MISSING_TOOL -> FindingIds.SYSBOX_MGR_MISSING_TOOL;
            case IDMAP_CHECK_FAILED -> FindingIds.SYSBOX_MGR_IDMAP_CHECK_FAILED;
            case SUBID -> FindingIds.SYSBOX_MGR_SUBID;
            case START_TIMEOUT -> FindingIds.SYSBOX_MGR_START_TIMEOUT;
            case STALE_PIDFILE -> FindingIds.SYSBOX_MGR_STALE_PIDFILE;
            case DATA_ROOT_FS -> FindingIds.SYSBOX_MGR_DATA_ROOT_FS;
            case OTHER -> FindingIds.SYSBOX_MGR_NOT_RUNNING;
        };
    }

    /** Below sysbox-runc's minimum: 5.5, or 5.0 on Ubuntu (sysbox-runc checkKernelVersion). */
    static boolean kernelTooOld(KernelFacts k) {
        if (k.version() == null || k.platform() == KernelPlatform.WSL1) {
            return false;
        }
        return "ubuntu".equals(k.osId()) ? !k.version().atLeast(5, 0) : !k.version().atLeast(5, 5);
    }

    /** Docker's storage driver is known and not overlay2 (the kernel-based prediction then does not hold). */
    static boolean driverNotOverlay(DockerFacts d) {
        return d.reachable() == Tri.YES && d.storageDriver() != null && !d.storageDriver().isBlank()
                && !d.storageDriver().equals("overlay2") && !d.storageDriver().equals("overlay");
    }

    static boolean usernsRemap(DockerFacts d) {
        return d.reachable() == Tri.YES && d.usernsRemap();
    }

    /** The findings for one reachable, non-WSL1 target with Sysbox installed (or unknown). */
    static List<Finding> findings(TargetFacts t, WslConfigFacts wslConfig) {
        List<Finding> out = new ArrayList<>();
        KernelFacts k = t.kernel();
        SysboxFacts sb = t.sysbox();
        DockerFacts d = t.docker();
        boolean installed = sb.installed() == Tri.YES;
        SysboxHealth h = sb.health();

        if (kernelTooOld(k)) {
            out.add(f(t, FindingIds.KERNEL_TOO_OLD_FOR_SYSBOX, installed ? Severity.ERROR : Severity.WARNING,
                    HealthTexts.kernelTooOldTitle(k.release()), HealthTexts.kernelTooOldDetail("ubuntu".equals(k.osId())),
                    evidence(labeled("kernel ", k.release()), labeled("ID=", k.osId())), List.of(), List.of(DocLinks.DISTRO_COMPAT)));
        }
        if (k.usernsClone() == Tri.NO) {
            out.add(f(t, FindingIds.USERNS_CLONE_DISABLED, installed ? Severity.ERROR : Severity.WARNING, HealthTexts.USERNS_CLONE_TITLE,
                    HealthTexts.USERNS_CLONE_DETAIL, List.of("/proc/sys/kernel/unprivileged_userns_clone: 0"), List.of(),
                    List.of(DocLinks.TROUBLESHOOTING)));
        }
        if (!installed) {
            return out;
        }
        if (mgrDown(sb)) {
            String id = mgrDownId(h);
            List<String> ev = evidence(h.mgrFailure() != null ? h.mgrFailure().line() : null,
                    h.mgrUnit().known() ? "sysbox-mgr.service " + h.mgrUnit().describe() : null,
                    sb.mgrRunning() == Tri.NO ? "no sysbox-mgr process" : null, labeled("ExecStart=", sb.execStart()),
                    labeled("logs to ", h.mgrLogFile()));
            out.add(f(t, id, Severity.ERROR, HealthTexts.mgrDownTitle(id), HealthTexts.mgrDownDetail(id), ev,
                    List.of(RemedyIds.SYSBOX_RESTART), mgrDocs(id)));
        }
        if (h.fsUnit().failed() || h.fsFailure() != null) {
            FsFailure.Cause cause = h.fsFailure() != null ? h.fsFailure().cause() : FsFailure.Cause.OTHER;
            out.add(f(t, FindingIds.SYSBOX_FS_FAILED, Severity.ERROR, HealthTexts.FS_TITLE, HealthTexts.fsDetail(cause),
                    evidence(h.fsFailure() != null ? h.fsFailure().line() : null,
                            h.fsUnit().known() ? "sysbox-fs.service " + h.fsUnit().describe() : null,
                            h.fusermount() == Tri.NO ? "neither fusermount nor fusermount3 on PATH" : null),
                    List.of(), List.of(cause == FsFailure.Cause.APPARMOR_DENIED ? DocLinks.ISSUE_1005 : DocLinks.ISSUE_448)));
        }
        if (olderThan(sb.version(), 0, 7, 0)) {
            boolean before067 = olderThan(sb.version(), 0, 6, 7);
            out.add(f(t, FindingIds.SYSBOX_TOO_OLD, Severity.WARNING, HealthTexts.tooOldTitle(sb.version()),
                    HealthTexts.tooOldDetail(before067), evidence(labeled("Sysbox ", sb.version()) + " (" + sb.versionSource() + ")"),
                    List.of(), before067 ? List.of(DocLinks.ISSUE_972, DocLinks.ISSUE_922, DocLinks.ISSUE_634, DocLinks.SYSBOX_RELEASES)
                            : List.of(DocLinks.ISSUE_972, DocLinks.SYSBOX_RELEASES)));
        }
        for (MisplacedFlag m : h.misplacedFlags()) {
            out.add(f(t, FindingIds.MGR_FLAG_IN_WRONG_UNIT, Severity.WARNING, HealthTexts.wrongUnitTitle(m.flag()),
                    HealthTexts.wrongUnitDetail(m.flag(), m.file()), evidence(m.file() + ": " + m.flag(), labeled("sysbox-mgr ExecStart=", sb.execStart())),
                    List.of(), List.of(DocLinks.ISSUE_772, DocLinks.CONFIGURATION)));
        }
        if (usernsRemap(d)) {
            out.add(f(t, FindingIds.DOCKER_USERNS_REMAP, Severity.INFO, HealthTexts.USERNS_REMAP_TITLE, HealthTexts.USERNS_REMAP_DETAIL,
                    evidence("SecurityOptions: " + String.join(" ", d.securityOptions())), List.of(), List.of(DocLinks.CONFIGURATION)));
        } else if (driverNotOverlay(d)) {
            out.add(f(t, FindingIds.STORAGE_DRIVER_NOT_OVERLAY, Severity.WARNING, HealthTexts.driverTitle(d.storageDriver()),
                    HealthTexts.DRIVER_DETAIL, evidence("Storage Driver: " + d.storageDriver()),
                    List.of(RemedyIds.SAVE_EXPORT_IMPORT, RemedyIds.SAVE_SNAPSHOT), List.of(DocLinks.ISSUE_675)));
        }
        if ("mirrored".equals(k.wslNetworkingMode()) && !(wslConfig != null && wslConfig.mirrored())) {
            out.add(mirrored(t.name(), List.of("wslinfo --networking-mode: mirrored"), wslConfig));
        }
        return out;
    }

    /** The mirrored-networking finding (target null: from .wslconfig, for the whole WSL VM). */
    static Finding mirrored(String target, List<String> evidence, WslConfigFacts cfg) {
        List<String> ev = new ArrayList<>(evidence);
        if (cfg != null && cfg.path() != null && cfg.mirrored()) {
            ev.add(cfg.path());
        }
        return new Finding(FindingIds.WSL_NETWORKING_MIRRORED, Severity.ERROR, target, HealthTexts.MIRRORED_TITLE,
                HealthTexts.MIRRORED_DETAIL, ev, List.of(RemedyIds.WSL_NETWORKING_NAT), List.of(DocLinks.WSL_9548, DocLinks.WSL_CONFIG));
    }

    private static List<String> mgrDocs(String id) {
        return switch (id) {
            case FindingIds.SYSBOX_MGR_IDMAP_CHECK_FAILED -> List.of(DocLinks.ISSUE_796);
            case FindingIds.SYSBOX_MGR_SUBID -> List.of(DocLinks.ISSUE_870);
            case FindingIds.SYSBOX_MGR_START_TIMEOUT -> List.of(DocLinks.ISSUE_576);
            case FindingIds.SYSBOX_MGR_STALE_PIDFILE -> List.of(DocLinks.ISSUE_713);
            default -> List.of(DocLinks.TROUBLESHOOTING);
        };
    }

    private static Finding f(TargetFacts t, String id, Severity s, String title, String detail, List<String> ev, List<String> remedies,
                             List<String> docs) {
        return new Finding(id, s, t.name(), title, detail, ev, remedies, docs);
    }
}
