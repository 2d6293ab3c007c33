package dev.sysboxdoctor.diagnose;

import static dev.sysboxdoctor.diagnose.ModeDecision.DISABLE_CLONING;
import static dev.sysboxdoctor.diagnose.ModeDecision.DISABLE_IDMAP;
import static dev.sysboxdoctor.diagnose.ModeDecision.DISABLE_OVFS_IDMAP;
import static dev.sysboxdoctor.diagnose.ModeDecision.DISABLE_PRECHECK;
import static dev.sysboxdoctor.diagnose.ModeDecision.DISABLE_SHIFTFS;
import static dev.sysboxdoctor.diagnose.ModeDecision.has;

import dev.sysboxdoctor.inspect.ContainerFacts;
import dev.sysboxdoctor.inspect.DockerFacts;
import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.inspect.KernelFacts;
import dev.sysboxdoctor.inspect.KernelPlatform;
import dev.sysboxdoctor.inspect.MgrStartBlock;
import dev.sysboxdoctor.inspect.ShiftfsState;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.inspect.WslConfigFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rules for one target: its Sysbox mode, commit risk and findings. Pure. */
final class TargetRules {
    private static final Pattern VERSION = Pattern.compile("^v?(\\d+)\\.(\\d+)\\.(\\d+)");
    private final TargetFacts t;
    private final WslConfigFacts wslConfig;
    private final List<Finding> findings = new ArrayList<>();

    private TargetRules(TargetFacts t, WslConfigFacts wslConfig) {
        this.t = t;
        this.wslConfig = wslConfig;
    }

    record Result(TargetVerdict verdict, List<Finding> findings) {}

    static Result judge(TargetFacts t, WslConfigFacts wslConfig) {
        TargetRules r = new TargetRules(t, wslConfig);
        TargetVerdict v = r.verdict();
        return new Result(v, List.copyOf(r.findings));
    }

    private TargetVerdict verdict() {
        if (t.reachable() != Tri.YES) {
            unreachable();
            return new TargetVerdict(t.name(), t, SysboxMode.UNKNOWN, SysboxMode.UNKNOWN, ModeBasis.of(BasisKind.UNINSPECTED), CommitRisk.UNKNOWN);
        }
        gaps(t.gaps());
        gaps(t.kernel().gaps());
        gaps(t.sysbox().gaps());
        KernelFacts k = t.kernel();
        SysboxFacts sb = t.sysbox();
        DockerFacts d = t.docker();
        docker(d, sb);

        if (k.platform() == KernelPlatform.WSL1) {
            add(finding(sb.installed() == Tri.YES ? FindingKind.WSL1_DISTRO_WITH_SYSBOX : FindingKind.WSL1_DISTRO)
                    .with(Arg.DISTRO, t.name())
                    .evidence(evidence(labeled("kernel ", k.release()), k.procVersion())).docs(DocLinks.WSL_KERNEL_NOTES));
            return new TargetVerdict(t.name(), t, sb.installed() == Tri.YES ? SysboxMode.UNKNOWN : SysboxMode.NOT_INSTALLED,
                    SysboxMode.UNKNOWN, ModeBasis.of(BasisKind.WSL1), CommitRisk.NOT_APPLICABLE);
        }
        kernelFindings(k);
        findings.addAll(HealthRules.findings(t, wslConfig));

        ModeDecision predicted = ModeDecision.predict(k, sb.configuredFlags());
        if (sb.installed() == Tri.NO) {
            ModeDecision ifInstalled = ModeDecision.predict(k, List.of());
            notInstalled(ifInstalled, d);
            return new TargetVerdict(t.name(), t, SysboxMode.NOT_INSTALLED, ifInstalled.mode(),
                    ModeBasis.of(BasisKind.NOT_INSTALLED), CommitRisk.NOT_APPLICABLE);
        }
        if (sb.installed() == Tri.UNKNOWN) {
            add(finding(FindingKind.COMMIT_UNKNOWN_INSTALL).evidence(gapEvidence(sb.gaps()))
                    .remedies(List.of(RemedyId.SAVE_EXPORT_IMPORT, RemedyId.SAVE_SNAPSHOT)));
            return new TargetVerdict(t.name(), t, SysboxMode.UNKNOWN, predicted.mode(), ModeBasis.of(BasisKind.INSTALL_UNKNOWN),
                    CommitRisk.UNKNOWN);
        }
        flagFindings(k, sb);
        boolean restartPending = restartPending(sb);
        MgrStartBlock block = sb.lastStart();
        ModeDecision journal = block == null ? null : ModeDecision.fromJournal(block);
        boolean journalCurrent = journal != null && !restartPending && (flagsMatch(sb) || sb.configChangedAt() == null
                || block.startedAt() == null || !block.startedAt().isBefore(sb.configChangedAt()));
        ModeDecision chosen;
        if (journalCurrent && journal.mode() != SysboxMode.UNKNOWN) {
            chosen = journal;
            if (predicted.mode() != journal.mode() && predicted.mode() != SysboxMode.UNKNOWN) {
                add(finding(FindingKind.JOURNAL_OVERRIDES_PREDICTION).with(Arg.PREDICTED_MODE, predicted.mode())
                        .with(Arg.PREDICTED_BASIS, predicted.basis()).with(Arg.MODE, journal.mode()).evidence(journal.evidence()));
            }
        } else {
            chosen = predicted;
            if (journal != null && journal.mode() == SysboxMode.UNKNOWN) {
                add(finding(FindingKind.UNLEARNED_JOURNAL_UNDECIDED).evidence(block.lines()));
            }
        }
        chosen = dockerDecides(chosen, d);
        chosen = shiftfsNeedsEvidence(chosen, journalCurrent ? journal : null, k, sb);
        shiftfsPrecheck(k, sb, block);
        if (restartPending) {
            restartPendingFinding(sb, journal);
        }
        if (k.systemd() == Tri.NO) {
            add(finding(k.platform() == KernelPlatform.WSL2 ? FindingKind.NO_SYSTEMD_WSL : FindingKind.NO_SYSTEMD).docs(DocLinks.WSL_SYSTEMD));
        }

        CommitRisk risk = risk(chosen, sb);
        if (restartPending && journal != null && journal.mode() == SysboxMode.ROOTFS_CLONING && risk == CommitRisk.SAFE) {
            risk = CommitRisk.BROKEN; // the running sysbox-mgr still clones until it restarts
        }
        if (risk != CommitRisk.UNKNOWN && chosen.mode() != SysboxMode.USERNS_REMAP && (HealthRules.mgrDown(sb) || HealthRules.kernelTooOld(k))) {
            // a manager that does not run, or a kernel Sysbox refuses, decides nothing: no confident verdict
            chosen = new ModeDecision(chosen.mode(), chosen.chownWithoutCloning(),
                    ModeBasis.of(HealthRules.mgrDown(sb) ? BasisKind.MGR_DOWN : BasisKind.KERNEL_TOO_OLD_FOR_SYSBOX), chosen.evidence());
            risk = CommitRisk.UNKNOWN;
        }
        commitFinding(chosen, risk, k, sb, d, restartPending);
        VolatileContainers.finding(t, chosen.mode(), causeRemedies(k, sb)).ifPresent(findings::add);
        return new TargetVerdict(t.name(), t, chosen.mode(), chosen.mode(), chosen.basis(), risk);
    }

    /**
     * Docker's settings that overrule the kernel: userns-remap (the rootfs is already owned by the
     * remapped uid, so sysbox-runc neither shifts nor clones) and a storage driver other than overlay2.
     */
    private ModeDecision dockerDecides(ModeDecision chosen, DockerFacts d) {
        if (HealthRules.usernsRemap(d)) {
            return new ModeDecision(SysboxMode.USERNS_REMAP, false, ModeBasis.of(BasisKind.USERNS_REMAP),
                    evidence("SecurityOptions: " + String.join(" ", d.securityOptions())));
        }
        if (HealthRules.driverNotOverlay(d)) {
            List<String> ev = new ArrayList<>(chosen.evidence());
            ev.add("Storage Driver: " + d.storageDriver());
            return new ModeDecision(SysboxMode.UNKNOWN, false, ModeBasis.of(BasisKind.STORAGE_DRIVER_NOT_OVERLAY), ev);
        }
        return chosen;
    }

    /**
     * SHIFTFS only on evidence: sysbox-mgr's journal ("Shiftfs works properly: yes") or the precheck
     * override in the unit sysbox-mgr runs with. A loaded module alone is not evidence: Sysbox
     * 0.6.5/0.6.6 rejected working shiftfs (#922) and cloned.
     */
    private ModeDecision shiftfsNeedsEvidence(ModeDecision chosen, ModeDecision journal, KernelFacts k, SysboxFacts sb) {
        if (chosen.mode() != SysboxMode.SHIFTFS || chosen == journal || sb.hasFlag(DISABLE_PRECHECK)) {
            return chosen;
        }
        add(finding(FindingKind.SHIFTFS_MODE_UNCONFIRMED)
                .evidence(evidence(k.shiftfsEvidence(), labeled("Sysbox ", sb.version()), sb.lastStart() == null ? "no sysbox-mgr start in the journal" : null))
                .remedies(List.of(RemedyId.SAVE_EXPORT_IMPORT, RemedyId.SAVE_SNAPSHOT)).docs(DocLinks.ISSUE_868, DocLinks.ISSUE_922));
        return new ModeDecision(SysboxMode.UNKNOWN, false, ModeBasis.of(BasisKind.SHIFTFS_UNCONFIRMED), chosen.evidence());
    }

    private CommitRisk risk(ModeDecision m, SysboxFacts sb) {
        return switch (m.mode()) {
            case IDMAPPED, SHIFTFS, USERNS_REMAP -> CommitRisk.SAFE;
            case ROOTFS_CLONING -> olderThan(sb.version(), 0, 6, 1) ? CommitRisk.SAFE : CommitRisk.BROKEN;
            case NOT_INSTALLED -> CommitRisk.NOT_APPLICABLE;
            case UNKNOWN -> CommitRisk.UNKNOWN;
        };
    }

    private void commitFinding(ModeDecision m, CommitRisk risk, KernelFacts k, SysboxFacts sb, DockerFacts d, boolean restartPending) {
        List<String> ev = new ArrayList<>(m.evidence());
        List<ContainerFacts> atRisk = d.sysboxContainers();
        if (!atRisk.isEmpty()) {
            ev.add("Sysbox containers: " + String.join(", ", atRisk.stream().map(ContainerFacts::name).toList()));
        }
        if ("sysbox-runc".equals(d.defaultRuntime())) {
            ev.add("DefaultRuntime: sysbox-runc");
        }
        switch (risk) {
            case BROKEN -> {
                List<RemedyId> remedies = new ArrayList<>();
                if (restartPending) {
                    remedies.add(RemedyId.SYSBOX_RESTART);
                }
                remedies.addAll(causeRemedies(k, sb));
                remedies.add(RemedyId.SAVE_EXPORT_IMPORT);
                remedies.add(RemedyId.SAVE_SNAPSHOT);
                add(finding(FindingKind.COMMIT_BROKEN).with(Arg.BASIS, m.basis())
                        .note(FindingNote.DEFAULT_RUNTIME_AFFECTS_BUILD, "sysbox-runc".equals(d.defaultRuntime()))
                        .evidence(ev).remedies(remedies).docs(DocLinks.ISSUE_868, DocLinks.ISSUE_570));
            }
            case SAFE -> {
                if (m.mode() == SysboxMode.ROOTFS_CLONING) {
                    add(finding(FindingKind.COMMIT_SAFE_OLD_SYSBOX).with(Arg.SYSBOX_VERSION, sb.version()).with(Arg.BASIS, m.basis()).evidence(ev));
                } else {
                    add(finding(switch (m.mode()) {
                        case IDMAPPED -> FindingKind.COMMIT_SAFE_IDMAPPED;
                        case USERNS_REMAP -> FindingKind.COMMIT_SAFE_USERNS_REMAP;
                        default -> FindingKind.COMMIT_SAFE_SHIFTFS;
                    })
                            .with(Arg.BASIS, m.basis()).evidence(ev));
                }
            }
            default -> {
                Finding.Builder f = m.chownWithoutCloning() ? finding(FindingKind.COMMIT_UNKNOWN_CHOWN)
                        : finding(FindingKind.COMMIT_UNKNOWN_MODE).with(Arg.BASIS, m.basis());
                add(f.evidence(ev).remedies(List.of(RemedyId.SAVE_EXPORT_IMPORT, RemedyId.SAVE_SNAPSHOT)));
            }
        }
    }

    /** Fixes for the cause of cloning, in the order worth trying. */
    private List<RemedyId> causeRemedies(KernelFacts k, SysboxFacts sb) {
        List<RemedyId> r = new ArrayList<>();
        boolean oldKernel = k.version() != null && !k.version().atLeast(5, 19);
        if (oldKernel && k.platform() == KernelPlatform.WSL2) {
            r.add(wslConfig != null && wslConfig.pinned() ? RemedyId.WSL_KERNEL_UNPIN : RemedyId.WSL_KERNEL_UPGRADE);
        }
        boolean shiftfsThere = k.shiftfs() == ShiftfsState.LOADED || k.shiftfs() == ShiftfsState.AVAILABLE;
        if (shiftfsThere && !has(sb.configuredFlags(), DISABLE_PRECHECK) && !has(sb.configuredFlags(), DISABLE_SHIFTFS)
                && !olderThan(sb.version(), 0, 6, 2)) {
            r.add(RemedyId.PRECHECK_OVERRIDE);
        }
        return r;
    }

    private void kernelFindings(KernelFacts k) {
        if (k.version() != null && !k.version().atLeast(5, 19)) {
            boolean wsl = k.platform() == KernelPlatform.WSL2;
            List<RemedyId> remedies = !wsl ? List.of()
                    : List.of(wslConfig != null && wslConfig.pinned() ? RemedyId.WSL_KERNEL_UNPIN : RemedyId.WSL_KERNEL_UPGRADE);
            add(finding(wsl ? FindingKind.KERNEL_TOO_OLD_FOR_IDMAP_WSL : FindingKind.KERNEL_TOO_OLD_FOR_IDMAP)
                    .with(Arg.KERNEL, k.version().major() + "." + k.version().minor())
                    .evidence(evidence(labeled("kernel ", k.release()))).remedies(remedies)
                    .docs(DocLinks.DISTRO_COMPAT, DocLinks.WSL_KERNEL_NOTES));
        }
    }

    private void flagFindings(KernelFacts k, SysboxFacts sb) {
        List<String> flags = sb.configuredFlags();
        boolean newKernel = k.version() != null && k.version().atLeast(5, 19);
        for (String f : List.of(DISABLE_IDMAP, DISABLE_OVFS_IDMAP)) {
            if (has(flags, f)) {
                add(finding(newKernel ? FindingKind.IDMAP_DISABLED_BY_FLAG_MATTERS : FindingKind.IDMAP_DISABLED_BY_FLAG).with(Arg.FLAG, f)
                        .evidence(evidence(labeled("ExecStart=", sb.execStart()))).docs(DocLinks.CONFIGURATION));
            }
        }
        if (has(flags, DISABLE_SHIFTFS)) {
            boolean matters = !newKernel && (k.shiftfs() == ShiftfsState.LOADED || k.shiftfs() == ShiftfsState.AVAILABLE);
            add(finding(matters ? FindingKind.SHIFTFS_DISABLED_BY_FLAG_MATTERS : FindingKind.SHIFTFS_DISABLED_BY_FLAG)
                    .evidence(evidence(labeled("ExecStart=", sb.execStart()))).docs(DocLinks.ISSUE_596));
        }
        if (has(flags, DISABLE_PRECHECK)) {
            if (k.shiftfs() == ShiftfsState.ABSENT) {
                add(finding(FindingKind.PRECHECK_OVERRIDE_WITHOUT_SHIFTFS)
                        .evidence(evidence(labeled("ExecStart=", sb.execStart()), "shiftfs ABSENT")).docs(DocLinks.ISSUE_868));
            } else {
                add(finding(FindingKind.SHIFTFS_PRECHECK_OVERRIDDEN).evidence(evidence(labeled("ExecStart=", sb.execStart()), k.shiftfsEvidence()))
                        .docs(DocLinks.ISSUE_868, DocLinks.ISSUE_596));
            }
        }
        if (has(flags, DISABLE_CLONING)) {
            add(finding(FindingKind.ROOTFS_CLONING_DISABLED).evidence(evidence(labeled("ExecStart=", sb.execStart()))).docs(DocLinks.CONFIGURATION));
        }
    }

    private void shiftfsPrecheck(KernelFacts k, SysboxFacts sb, MgrStartBlock block) {
        if (block == null || block.shiftfsModuleFound() != Tri.YES) {
            return;
        }
        if (block.shiftfsWorks() == Tri.NO || block.shiftfsOnOverlayfsWorks() == Tri.NO) {
            List<String> ev = evidence(block.lineContaining("Shiftfs module found"), block.lineContaining("Shiftfs works properly"),
                    block.lineContaining("Shiftfs-on-overlayfs works properly"), k.shiftfsEvidence());
            boolean overridden = has(sb.configuredFlags(), DISABLE_PRECHECK);
            boolean canOverride = !olderThan(sb.version(), 0, 6, 2);
            boolean predatesFlag = !canOverride;
            Finding.Builder f = finding(overridden ? FindingKind.SHIFTFS_PRECHECK_FAILED_OVERRIDDEN : FindingKind.SHIFTFS_PRECHECK_FAILED)
                    .note(FindingNote.UPGRADE_MAY_FIX_PRECHECK, olderThan(sb.version(), 0, 6, 7))
                    .note(FindingNote.SYSBOX_PREDATES_PRECHECK_FLAG, predatesFlag);
            if (predatesFlag) {
                f.with(Arg.SYSBOX_VERSION, sb.version());
            }
            add(f.evidence(ev).remedies(overridden || !canOverride ? List.of() : List.of(RemedyId.PRECHECK_OVERRIDE))
                    .docs(DocLinks.ISSUE_868, DocLinks.ISSUE_922));
        }
    }

    private static boolean restartPending(SysboxFacts sb) {
        if (sb.needDaemonReload() == Tri.YES) {
            return true;
        }
        return sb.mgrRunning() == Tri.YES && sb.execStart() != null && !flagsMatch(sb);
    }

    private static boolean flagsMatch(SysboxFacts sb) {
        return sb.mgrRunning() == Tri.YES && sb.runningFlags().equals(sb.configuredFlags());
    }

    private void restartPendingFinding(SysboxFacts sb, ModeDecision journal) {
        Finding.Builder f = finding(FindingKind.SYSBOX_RESTART_PENDING).note(FindingNote.KEEPS_MODE_UNTIL_RESTART, journal != null);
        if (journal != null) {
            f.with(Arg.MODE, journal.mode());
        }
        add(f.evidence(evidence("configured: " + String.join(" ", sb.configuredFlags()), "running: " + String.join(" ", sb.runningFlags()),
                        sb.needDaemonReload() == Tri.YES ? "NeedDaemonReload=yes" : null, "files: " + String.join(", ", sb.unitFiles())))
                .remedies(List.of(RemedyId.SYSBOX_RESTART)).docs(DocLinks.CONFIGURATION));
    }

    private void notInstalled(ModeDecision ifInstalled, DockerFacts d) {
        Finding.Builder f = switch (ifInstalled.mode()) {
            case IDMAPPED, SHIFTFS, USERNS_REMAP -> finding(FindingKind.SYSBOX_NOT_INSTALLED_SAFE).with(Arg.MODE, ifInstalled.mode());
            case ROOTFS_CLONING -> finding(FindingKind.SYSBOX_NOT_INSTALLED_CLONING);
            default -> finding(FindingKind.SYSBOX_NOT_INSTALLED_UNKNOWN).with(Arg.BASIS, ifInstalled.basis());
        };
        add(f.note(FindingNote.DOCKER_DESKTOP_CANNOT_USE_SYSBOX, d.dockerDesktop()).evidence(ifInstalled.evidence()).docs(DocLinks.DISTRO_COMPAT));
    }

    private void docker(DockerFacts d, SysboxFacts sb) {
        if (d.reachable() != Tri.YES) {
            add(finding(FindingKind.DOCKER_UNREACHABLE).with(Arg.REASON, firstReason(d.gaps())).evidence(gapEvidence(d.gaps())));
            return;
        }
        gaps(d.gaps());
        if (d.dockerDesktop()) {
            add(finding(sb.installed() == Tri.YES ? FindingKind.DOCKER_DESKTOP_ENGINE_WITH_SYSBOX : FindingKind.DOCKER_DESKTOP_ENGINE)
                    .evidence(evidence(labeled("OperatingSystem: ", d.operatingSystem()), labeled("docker ", d.version())))
                    .docs(DocLinks.SYSBOX_DOCKER_DESKTOP));
        }
        if (sb.installed() == Tri.YES && !d.sysboxRuntimeRegistered()) {
            add(finding(FindingKind.SYSBOX_RUNTIME_NOT_REGISTERED).with(Arg.RUNTIMES, d.runtimes())
                    .evidence(evidence("Runtimes: " + String.join(" ", d.runtimes()))).docs(DocLinks.CONFIGURATION));
        }
        if ("sysbox-runc".equals(d.defaultRuntime())) {
            add(finding(FindingKind.DEFAULT_RUNTIME_SYSBOX).evidence(evidence("DefaultRuntime: sysbox-runc")).docs(DocLinks.ISSUE_570));
        }
        List<ContainerFacts> sbx = d.sysboxContainers();
        if (!sbx.isEmpty()) {
            add(finding(FindingKind.SYSBOX_CONTAINERS).with(Arg.COUNT, sbx.size()).with(Arg.CONTAINERS, sbx.stream().map(ContainerFacts::name).toList())
                    .evidence(sbx.stream().map(c -> c.name() + " (" + c.image() + ", " + c.state() + ")").toList()));
        }
    }

    private void unreachable() {
        List<Gap> g = t.gaps();
        boolean timedOut = g.stream().anyMatch(Gap::timedOut);
        boolean distro = t.kind() == TargetKind.WSL_DISTRO;
        FindingKind kind = timedOut ? (distro ? FindingKind.TARGET_TIMED_OUT_DISTRO : FindingKind.TARGET_TIMED_OUT_MACHINE)
                : (distro ? FindingKind.TARGET_UNREACHABLE_DISTRO : FindingKind.TARGET_UNREACHABLE_MACHINE);
        add(finding(kind).with(Arg.REASON, firstReason(g)).evidence(gapEvidence(g)));
    }

    private void gaps(List<Gap> gaps) {
        for (Gap g : gaps) {
            add(unlearned(g, t.name()));
        }
    }

    private Finding.Builder finding(FindingKind kind) {
        return Finding.of(kind, t.name());
    }

    private void add(Finding.Builder f) {
        findings.add(f.build());
    }

    /** A fact that could not be learned, for a target (or the machine when target is null). */
    static Finding.Builder unlearned(Gap g, String target) {
        return Finding.of(FindingKind.UNLEARNED, target).with(Arg.SUBJECT, g.subject()).with(Arg.REASON, g.reason()).evidence(g.evidence());
    }

    /** The first gap's reason; null (rendered as "no answer") when there is none. */
    static String firstReason(List<Gap> gaps) {
        return gaps.isEmpty() ? null : gaps.get(0).reason();
    }

    static List<String> evidence(String... lines) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (l != null && !l.isBlank()) {
                out.add(l);
            }
        }
        return out;
    }

    /** "label value", or null (left out of evidence) when the value is unknown. */
    static String labeled(String label, String value) {
        return value == null ? null : label + value;
    }

    static List<String> gapEvidence(List<Gap> gaps) {
        List<String> out = new ArrayList<>();
        for (Gap g : gaps) {
            out.add(g.subject() + ": " + g.reason());
            out.addAll(g.evidence());
        }
        return out;
    }

    /** version < major.minor.patch; false when the version is unknown or unreadable. */
    static boolean olderThan(String version, int major, int minor, int patch) {
        if (version == null) {
            return false;
        }
        Matcher m = VERSION.matcher(version.strip());
        if (!m.find()) {
            return false;
        }
        int[] v = {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
        int[] w = {major, minor, patch};
        for (int i = 0; i < 3; i++) {
            if (v[i] != w[i]) {
                return v[i] < w[i];
            }
        }
        return false;
    }
}
