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

    /** The newest Sysbox release; older ones are named in the upgrade advice. */
    static final String CURRENT_RELEASE = "0.7.1";

    /** The finding kind for a down sysbox-mgr: the classified cause, else sysbox-mgr-not-running. */
    static FindingKind mgrDownKind(SysboxHealth h) {
        MgrFailure f = h.mgrFailure();
        if (f == null) {
            return FindingKind.SYSBOX_MGR_NOT_RUNNING;
        }
        return switch (f.cause()) {
            case MISSING_TOOL -> FindingKind.SYSBOX_MGR_MISSING_TOOL;
            case IDMAP_CHECK_FAILED -> FindingKind.SYSBOX_MGR_IDMAP_CHECK_FAILED;
            case SUBID -> FindingKind.SYSBOX_MGR_SUBID;
            case START_TIMEOUT -> FindingKind.SYSBOX_MGR_START_TIMEOUT;
            case STALE_PIDFILE -> FindingKind.SYSBOX_MGR_STALE_PIDFILE;
            case DATA_ROOT_FS -> FindingKind.SYSBOX_MGR_DATA_ROOT_FS;
            case OTHER -> FindingKind.SYSBOX_MGR_NOT_RUNNING;
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
            out.add(f(t, installed ? FindingKind.KERNEL_TOO_OLD_FOR_SYSBOX_INSTALLED : FindingKind.KERNEL_TOO_OLD_FOR_SYSBOX)
                    .with(Arg.KERNEL, k.release()).with(Arg.MIN_KERNEL, "ubuntu".equals(k.osId()) ? "5.0" : "5.5")
                    .evidence(evidence(labeled("kernel ", k.release()), labeled("ID=", k.osId()))).docs(DocLinks.DISTRO_COMPAT).build());
        }
        if (k.usernsClone() == Tri.NO) {
            out.add(f(t, installed ? FindingKind.USERNS_CLONE_DISABLED_WITH_SYSBOX : FindingKind.USERNS_CLONE_DISABLED)
                    .evidence(List.of("/proc/sys/kernel/unprivileged_userns_clone: 0")).docs(DocLinks.TROUBLESHOOTING).build());
        }
        if (!installed) {
            return out;
        }
        if (mgrDown(sb)) {
            FindingKind kind = mgrDownKind(h);
            List<String> ev = evidence(h.mgrFailure() != null ? h.mgrFailure().line() : null,
                    h.mgrUnit().known() ? "sysbox-mgr.service " + h.mgrUnit().describe() : null,
                    sb.mgrRunning() == Tri.NO ? "no sysbox-mgr process" : null, labeled("ExecStart=", sb.execStart()),
                    labeled("logs to ", h.mgrLogFile()));
            Finding.Builder mgr = f(t, kind).evidence(ev).remedies(List.of(RemedyId.SYSBOX_RESTART)).docs(mgrDocs(kind));
            if (kind == FindingKind.SYSBOX_MGR_SUBID) {
                mgr.with(Arg.LATEST_SYSBOX, CURRENT_RELEASE);
            }
            out.add(mgr.build());
        }
        if (h.fsUnit().failed() || h.fsFailure() != null) {
            FsFailure.Cause cause = h.fsFailure() != null ? h.fsFailure().cause() : FsFailure.Cause.OTHER;
            FindingKind kind = switch (cause) {
                case FUSERMOUNT_MISSING -> FindingKind.SYSBOX_FS_FAILED_FUSERMOUNT;
                case APPARMOR_DENIED -> FindingKind.SYSBOX_FS_FAILED_APPARMOR;
                case OTHER -> FindingKind.SYSBOX_FS_FAILED;
            };
            out.add(f(t, kind).evidence(evidence(h.fsFailure() != null ? h.fsFailure().line() : null,
                            h.fsUnit().known() ? "sysbox-fs.service " + h.fsUnit().describe() : null,
                            h.fusermount() == Tri.NO ? "neither fusermount nor fusermount3 on PATH" : null))
                    .docs(cause == FsFailure.Cause.APPARMOR_DENIED ? DocLinks.ISSUE_1005 : DocLinks.ISSUE_448).build());
        }
        if (olderThan(sb.version(), 0, 7, 0)) {
            boolean before067 = olderThan(sb.version(), 0, 6, 7);
            Finding.Builder old = f(t, before067 ? FindingKind.SYSBOX_TOO_OLD_BEFORE_067 : FindingKind.SYSBOX_TOO_OLD)
                    .with(Arg.SYSBOX_VERSION, sb.version()).with(Arg.LATEST_SYSBOX, CURRENT_RELEASE)
                    .evidence(evidence(labeled("Sysbox ", sb.version()) + " (" + sb.versionSource() + ")"));
            out.add((before067 ? old.docs(DocLinks.ISSUE_972, DocLinks.ISSUE_922, DocLinks.ISSUE_634, DocLinks.SYSBOX_RELEASES)
                    : old.docs(DocLinks.ISSUE_972, DocLinks.SYSBOX_RELEASES)).build());
        }
        for (MisplacedFlag m : h.misplacedFlags()) {
            out.add(f(t, FindingKind.MGR_FLAG_IN_WRONG_UNIT).with(Arg.FLAG, m.flag()).with(Arg.FILE, m.file())
                    .evidence(evidence(m.file() + ": " + m.flag(), labeled("sysbox-mgr ExecStart=", sb.execStart())))
                    .docs(DocLinks.ISSUE_772, DocLinks.CONFIGURATION).build());
        }
        if (usernsRemap(d)) {
            out.add(f(t, FindingKind.DOCKER_USERNS_REMAP).evidence(evidence("SecurityOptions: " + String.join(" ", d.securityOptions())))
                    .docs(DocLinks.CONFIGURATION).build());
        } else if (driverNotOverlay(d)) {
            out.add(f(t, FindingKind.STORAGE_DRIVER_NOT_OVERLAY).with(Arg.DRIVER, d.storageDriver())
                    .evidence(evidence("Storage Driver: " + d.storageDriver()))
                    .remedies(List.of(RemedyId.SAVE_EXPORT_IMPORT, RemedyId.SAVE_SNAPSHOT)).docs(DocLinks.ISSUE_675).build());
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
        return Finding.of(FindingKind.WSL_NETWORKING_MIRRORED, target).evidence(ev).remedies(List.of(RemedyId.WSL_NETWORKING_NAT))
                .docs(DocLinks.WSL_9548, DocLinks.WSL_CONFIG).build();
    }

    private static String[] mgrDocs(FindingKind kind) {
        return switch (kind) {
            case SYSBOX_MGR_IDMAP_CHECK_FAILED -> new String[] {DocLinks.ISSUE_796};
            case SYSBOX_MGR_SUBID -> new String[] {DocLinks.ISSUE_870};
            case SYSBOX_MGR_START_TIMEOUT -> new String[] {DocLinks.ISSUE_576};
            case SYSBOX_MGR_STALE_PIDFILE -> new String[] {DocLinks.ISSUE_713};
            default -> new String[] {DocLinks.TROUBLESHOOTING};
        };
    }

    private static Finding.Builder f(TargetFacts t, FindingKind kind) {
        return Finding.of(kind, t.name());
    }
}
