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

/** The rules for one target: its Sysbox mode, commit risk and findings. Pure. */
final class TargetRules {
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
            return new TargetVerdict(t.name(), t, SysboxMode.UNKNOWN, SysboxMode.UNKNOWN, "the target could not be inspected", CommitRisk.UNKNOWN);
        }
        gaps(t.gaps());
        gaps(t.kernel().gaps());
        gaps(t.sysbox().gaps());
        KernelFacts k = t.kernel();
        SysboxFacts sb = t.sysbox();
        DockerFacts d = t.docker();
        docker(d, sb);

        if (k.platform() == KernelPlatform.WSL1) {
            add(FindingIds.WSL1_DISTRO, sb.installed() == Tri.YES ? Severity.ERROR : Severity.WARNING,
                    "WSL1: Sysbox cannot run here",
                    "This distro runs under WSL1, which has no Linux kernel: no namespaces, cgroups or overlayfs for Sysbox. "
                            + "Convert it with 'wsl --set-version " + t.name() + " 2'.",
                    evidence(labeled("kernel ", k.release()), k.procVersion()), List.of(), List.of(DocLinks.WSL_KERNEL_NOTES));
            return new TargetVerdict(t.name(), t, sb.installed() == Tri.YES ? SysboxMode.UNKNOWN : SysboxMode.NOT_INSTALLED,
                    SysboxMode.UNKNOWN, "WSL1 has no Linux kernel", CommitRisk.NOT_APPLICABLE);
        }
        kernelFindings(k);
        findings.addAll(HealthRules.findings(t, wslConfig));

        ModeDecision predicted = ModeDecision.predict(k, sb.configuredFlags());
        if (sb.installed() == Tri.NO) {
            ModeDecision ifInstalled = ModeDecision.predict(k, List.of());
            notInstalled(ifInstalled, d);
            return new TargetVerdict(t.name(), t, SysboxMode.NOT_INSTALLED, ifInstalled.mode(),
                    "Sysbox is not installed; " + ifInstalled.basis(), CommitRisk.NOT_APPLICABLE);
        }
        if (sb.installed() == Tri.UNKNOWN) {
            add(FindingIds.COMMIT_UNKNOWN, Severity.WARNING, "Could not tell whether Sysbox is installed",
                    "Without that, whether docker commit is safe here is unknown. If it is installed, save containers with a verified method.",
                    gapEvidence(sb.gaps()), List.of(RemedyIds.SAVE_EXPORT_IMPORT, RemedyIds.SAVE_SNAPSHOT), List.of());
            return new TargetVerdict(t.name(), t, SysboxMode.UNKNOWN, predicted.mode(), "Sysbox installation unknown", CommitRisk.UNKNOWN);
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
                add(FindingIds.JOURNAL_OVERRIDES_PREDICTION, Severity.INFO, "Sysbox decided differently than its settings suggest",
                        "From the kernel and flags Sysbox would pick " + predicted.mode() + " (" + predicted.basis() + "), but its last start logged "
                                + journal.mode() + ". The journal is what Sysbox actually does, so it wins.",
                        journal.evidence(), List.of(), List.of());
            }
        } else {
            chosen = predicted;
            if (journal != null && journal.mode() == SysboxMode.UNKNOWN) {
                gaps(List.of(new Gap("sysbox.journal", "the last sysbox-mgr start block does not say which method it chose", block.lines())));
            }
        }
        chosen = dockerDecides(chosen, d);
        chosen = shiftfsNeedsEvidence(chosen, journalCurrent ? journal : null, k, sb);
        shiftfsPrecheck(k, sb, block);
        if (restartPending) {
            restartPendingFinding(sb, journal);
        }
        if (k.systemd() == Tri.NO) {
            add(FindingIds.NO_SYSTEMD, Severity.WARNING, "systemd is not running",
                    "Sysbox's packages run as systemd services. " + (k.platform() == KernelPlatform.WSL2
                            ? "In WSL, set '[boot] systemd=true' in /etc/wsl.conf and run 'wsl --shutdown'." : "Boot with systemd."),
                    List.of(), List.of(), List.of(DocLinks.WSL_SYSTEMD));
        }

        CommitRisk risk = risk(chosen, sb);
        if (restartPending && journal != null && journal.mode() == SysboxMode.ROOTFS_CLONING && risk == CommitRisk.SAFE) {
            risk = CommitRisk.BROKEN; // the running sysbox-mgr still clones until it restarts
        }
        if (risk != CommitRisk.UNKNOWN && chosen.mode() != SysboxMode.USERNS_REMAP && (HealthRules.mgrDown(sb) || HealthRules.kernelTooOld(k))) {
            // a manager that does not run, or a kernel Sysbox refuses, decides nothing: no confident verdict
            chosen = new ModeDecision(chosen.mode(), chosen.chownWithoutCloning(), HealthRules.mgrDown(sb)
                    ? "sysbox-mgr is not running, so its method cannot be read (" + chosen.basis() + ")"
                    : "the kernel is too old for Sysbox (" + chosen.basis() + ")", chosen.evidence());
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
            return new ModeDecision(SysboxMode.USERNS_REMAP, false,
                    "Docker's userns-remap owns the rootfs by the remapped user, so Sysbox neither shifts nor clones it",
                    evidence("SecurityOptions: " + String.join(" ", d.securityOptions())));
        }
        if (HealthRules.driverNotOverlay(d)) {
            List<String> ev = new ArrayList<>(chosen.evidence());
            ev.add("Storage Driver: " + d.storageDriver());
            return new ModeDecision(SysboxMode.UNKNOWN, false, "Docker's storage driver is " + d.storageDriver()
                    + ", not overlay2, so the method cannot be told from the kernel", ev);
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
        add(FindingIds.SHIFTFS_MODE_UNCONFIRMED, Severity.WARNING, HealthTexts.SHIFTFS_UNCONFIRMED_TITLE, HealthTexts.SHIFTFS_UNCONFIRMED_DETAIL,
                evidence(k.shiftfsEvidence(), labeled("Sysbox ", sb.version()), sb.lastStart() == null ? "no sysbox-mgr start in the journal" : null),
                List.of(RemedyIds.SAVE_EXPORT_IMPORT, RemedyIds.SAVE_SNAPSHOT), List.of(DocLinks.ISSUE_868, DocLinks.ISSUE_922));
        return new ModeDecision(SysboxMode.UNKNOWN, false, "shiftfs is " + k.shiftfs() + " but no sysbox-mgr start says it works", chosen.evidence());
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
                List<String> remedies = new ArrayList<>();
                if (restartPending) {
                    remedies.add(RemedyIds.SYSBOX_RESTART);
                }
                remedies.addAll(causeRemedies(k, sb));
                remedies.add(RemedyIds.SAVE_EXPORT_IMPORT);
                remedies.add(RemedyIds.SAVE_SNAPSHOT);
                add(FindingIds.COMMIT_BROKEN, Severity.ERROR, "docker commit of Sysbox containers produces broken images",
                        "Sysbox uses rootfs cloning here (" + m.basis() + "). It chowns a metacopy overlay whose upper files are "
                                + "metadata-only, and docker commit tars exactly those: the image gets files of the right size filled "
                                + "with zeros, and running it fails with 'exec format error'. The running container itself looks fine."
                                + ("sysbox-runc".equals(d.defaultRuntime()) ? " Sysbox is Docker's default runtime, so docker build is affected too." : "")
                                + " Fix the cause, or save containers with a verified method until then.",
                        ev, remedies, List.of(DocLinks.ISSUE_868, DocLinks.ISSUE_570));
            }
            case SAFE -> add(FindingIds.COMMIT_SAFE, Severity.OK, "docker commit of Sysbox containers is safe",
                    m.mode() == SysboxMode.ROOTFS_CLONING
                            ? "Sysbox " + sb.version() + " predates the rootfs cloning change that breaks commits (0.6.1); " + m.basis() + "."
                            : m.mode() == SysboxMode.USERNS_REMAP
                            ? "Docker's userns-remap is on: " + m.basis() + ". No rootfs cloning happens, so committed images keep their file contents."
                            : "Sysbox uses " + (m.mode() == SysboxMode.IDMAPPED ? "ID-mapped mounts" : "shiftfs") + " here (" + m.basis()
                                    + "), so no rootfs cloning happens and committed images keep their file contents.",
                    ev, List.of(), List.of());
            default -> {
                String why = m.chownWithoutCloning()
                        ? "Rootfs cloning is disabled (--disable-rootfs-cloning), so Sysbox chowns the container's files through Docker's "
                                + "own overlay: file contents survive docker commit, but committed files may carry shifted owners. Verify images."
                        : "Could not tell which method Sysbox uses here (" + m.basis() + "). Save containers with a verified method.";
                add(FindingIds.COMMIT_UNKNOWN, Severity.WARNING, "Whether docker commit is safe here is unknown", why, ev,
                        List.of(RemedyIds.SAVE_EXPORT_IMPORT, RemedyIds.SAVE_SNAPSHOT), List.of());
            }
        }
    }

    /** Fixes for the cause of cloning, in the order worth trying. */
    private List<String> causeRemedies(KernelFacts k, SysboxFacts sb) {
        List<String> r = new ArrayList<>();
        boolean oldKernel = k.version() != null && !k.version().atLeast(5, 19);
        if (oldKernel && k.platform() == KernelPlatform.WSL2) {
            r.add(wslConfig != null && wslConfig.pinned() ? RemedyIds.WSL_KERNEL_UNPIN : RemedyIds.WSL_KERNEL_UPGRADE);
        }
        boolean shiftfsThere = k.shiftfs() == ShiftfsState.LOADED || k.shiftfs() == ShiftfsState.AVAILABLE;
        if (shiftfsThere && !has(sb.configuredFlags(), DISABLE_PRECHECK) && !has(sb.configuredFlags(), DISABLE_SHIFTFS)
                && !olderThan(sb.version(), 0, 6, 2)) {
            r.add(RemedyIds.PRECHECK_OVERRIDE);
        }
        return r;
    }

    private void kernelFindings(KernelFacts k) {
        if (k.version() != null && !k.version().atLeast(5, 19)) {
            boolean wsl = k.platform() == KernelPlatform.WSL2;
            List<String> remedies = !wsl ? List.of()
                    : List.of(wslConfig != null && wslConfig.pinned() ? RemedyIds.WSL_KERNEL_UNPIN : RemedyIds.WSL_KERNEL_UPGRADE);
            add(FindingIds.KERNEL_TOO_OLD_FOR_IDMAP, Severity.INFO, "Kernel " + k.version().major() + "." + k.version().minor()
                            + " has no overlayfs on ID-mapped mounts (needs 5.19)",
                    "Sysbox can only avoid rootfs cloning here with a working shiftfs. "
                            + (wsl ? "'wsl --update' brings a kernel 5.19 or newer (6.6 or 6.18 today)."
                            : "A kernel 5.19 or newer (e.g. Ubuntu's HWE kernel) removes the need for shiftfs."),
                    evidence(labeled("kernel ", k.release())), remedies, List.of(DocLinks.DISTRO_COMPAT, DocLinks.WSL_KERNEL_NOTES));
        }
    }

    private void flagFindings(KernelFacts k, SysboxFacts sb) {
        List<String> flags = sb.configuredFlags();
        boolean newKernel = k.version() != null && k.version().atLeast(5, 19);
        for (String f : List.of(DISABLE_IDMAP, DISABLE_OVFS_IDMAP)) {
            if (has(flags, f)) {
                add(FindingIds.IDMAP_DISABLED_BY_FLAG, newKernel ? Severity.WARNING : Severity.INFO, "sysbox-mgr runs with " + f,
                        (newKernel ? "This kernel supports overlayfs on ID-mapped mounts, but the flag turns it off, so Sysbox falls back "
                                + "to shiftfs or rootfs cloning. Remove the flag from sysbox-mgr's ExecStart unless you need it."
                                : "On this kernel ID-mapped overlay is unavailable anyway; the flag changes nothing today."),
                        evidence(labeled("ExecStart=", sb.execStart())), List.of(), List.of(DocLinks.CONFIGURATION));
            }
        }
        if (has(flags, DISABLE_SHIFTFS)) {
            boolean matters = !newKernel && (k.shiftfs() == ShiftfsState.LOADED || k.shiftfs() == ShiftfsState.AVAILABLE);
            add(FindingIds.SHIFTFS_DISABLED_BY_FLAG, matters ? Severity.WARNING : Severity.INFO, "sysbox-mgr runs with --disable-shiftfs",
                    matters ? "shiftfs is present but disabled, and this kernel has no ID-mapped overlay, so Sysbox clones the rootfs."
                            : "shiftfs is not needed or not present here; the flag changes nothing today.",
                    evidence(labeled("ExecStart=", sb.execStart())), List.of(), List.of(DocLinks.ISSUE_596));
        }
        if (has(flags, DISABLE_PRECHECK)) {
            if (k.shiftfs() == ShiftfsState.ABSENT) {
                add(FindingIds.PRECHECK_OVERRIDE_WITHOUT_SHIFTFS, Severity.WARNING, "--disable-shiftfs-precheck without shiftfs",
                        "The precheck override only helps where the shiftfs module exists; this kernel has none, so it has no effect.",
                        evidence(labeled("ExecStart=", sb.execStart()), "shiftfs ABSENT"), List.of(), List.of(DocLinks.ISSUE_868));
            } else {
                add(FindingIds.SHIFTFS_PRECHECK_OVERRIDDEN, Severity.INFO, "shiftfs precheck is overridden",
                        "sysbox-mgr runs with --disable-shiftfs-precheck and uses shiftfs without testing it. That is right where "
                                + "shiftfs really works; on some Ubuntu 5.15 kernels it is buggy ('value too large for defined data type'): "
                                + "verify saved images.",
                        evidence(labeled("ExecStart=", sb.execStart()), k.shiftfsEvidence()), List.of(), List.of(DocLinks.ISSUE_868, DocLinks.ISSUE_596));
            }
        }
        if (has(flags, DISABLE_CLONING)) {
            add(FindingIds.ROOTFS_CLONING_DISABLED, Severity.INFO, "Rootfs cloning is disabled",
                    "sysbox-mgr runs with --disable-rootfs-cloning: where Sysbox must chown, it does so through Docker's own overlay, "
                            + "which is slow at container start but keeps file contents for docker commit.",
                    evidence(labeled("ExecStart=", sb.execStart())), List.of(), List.of(DocLinks.CONFIGURATION));
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
            String upgrade = olderThan(sb.version(), 0, 6, 7)
                    ? " Sysbox 0.6.7 fixed a false negative of this check (issue #922); upgrading Sysbox may be enough." : "";
            add(FindingIds.SHIFTFS_PRECHECK_FAILED, overridden ? Severity.INFO : Severity.WARNING, "shiftfs is loaded but Sysbox's precheck failed",
                    "sysbox-mgr found the shiftfs module, but its functional check failed, so it does not use shiftfs and clones the rootfs "
                            + "(Sysbox issue #868). If shiftfs really works on this kernel, '--disable-shiftfs-precheck' makes Sysbox use it."
                            + upgrade + (canOverride ? "" : " This Sysbox version (" + sb.version() + ") predates that flag (0.6.2)."),
                    ev, overridden || !canOverride ? List.of() : List.of(RemedyIds.PRECHECK_OVERRIDE), List.of(DocLinks.ISSUE_868, DocLinks.ISSUE_922));
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
        add(FindingIds.SYSBOX_RESTART_PENDING, Severity.WARNING, "sysbox-mgr's settings changed but Sysbox was not restarted",
                "The unit files say one thing and the running sysbox-mgr another, so the change has no effect yet."
                        + (journal != null ? " Until a restart Sysbox keeps its current method (" + journal.mode() + ")." : "")
                        + " Run 'systemctl daemon-reload && systemctl restart sysbox' once no Sysbox container is running.",
                evidence("configured: " + String.join(" ", sb.configuredFlags()), "running: " + String.join(" ", sb.runningFlags()),
                        sb.needDaemonReload() == Tri.YES ? "NeedDaemonReload=yes" : null, "files: " + String.join(", ", sb.unitFiles())),
                List.of(RemedyIds.SYSBOX_RESTART), List.of(DocLinks.CONFIGURATION));
    }

    private void notInstalled(ModeDecision ifInstalled, DockerFacts d) {
        String outcome = switch (ifInstalled.mode()) {
            case IDMAPPED, SHIFTFS, USERNS_REMAP -> "it would use " + ifInstalled.mode() + " and docker commit would be safe";
            case ROOTFS_CLONING -> "it would clone container root filesystems and docker commit of Sysbox containers would produce broken images";
            default -> "which method it would use cannot be told (" + ifInstalled.basis() + ")";
        };
        add(FindingIds.SYSBOX_NOT_INSTALLED, Severity.INFO, "Sysbox is not installed",
                "If Sysbox were installed here, " + outcome + "."
                        + (d.dockerDesktop() ? " Note: this engine is Docker Desktop's, which cannot use Sysbox." : ""),
                ifInstalled.evidence(), List.of(), List.of(DocLinks.DISTRO_COMPAT));
    }

    private void docker(DockerFacts d, SysboxFacts sb) {
        if (d.reachable() != Tri.YES) {
            String why = d.gaps().isEmpty() ? "no answer" : d.gaps().get(0).reason();
            add(FindingIds.DOCKER_UNREACHABLE, Severity.INFO, "Could not learn Docker's facts",
                    "Docker: " + why + ". The verdict rests on the kernel and Sysbox alone; containers and runtimes are unknown.",
                    gapEvidence(d.gaps()), List.of(), List.of());
            return;
        }
        gaps(d.gaps());
        if (d.dockerDesktop()) {
            add(FindingIds.DOCKER_DESKTOP_ENGINE, sb.installed() == Tri.YES ? Severity.WARNING : Severity.INFO,
                    "This is Docker Desktop's engine: Sysbox cannot be added to it",
                    "Docker Desktop uses Sysbox only internally (Enhanced Container Isolation). To run Sysbox containers, install Docker "
                            + "Engine and Sysbox inside a WSL2 distro.",
                    evidence(labeled("OperatingSystem: ", d.operatingSystem()), labeled("docker ", d.version())), List.of(), List.of(DocLinks.SYSBOX_DOCKER_DESKTOP));
        }
        if (sb.installed() == Tri.YES && !d.sysboxRuntimeRegistered()) {
            add(FindingIds.SYSBOX_RUNTIME_NOT_REGISTERED, Severity.WARNING, "Docker does not know the sysbox-runc runtime",
                    "Sysbox is installed but Docker's runtimes are " + d.runtimes() + ". Add sysbox-runc to /etc/docker/daemon.json and restart Docker.",
                    evidence("Runtimes: " + String.join(" ", d.runtimes())), List.of(), List.of(DocLinks.CONFIGURATION));
        }
        if ("sysbox-runc".equals(d.defaultRuntime())) {
            add(FindingIds.DEFAULT_RUNTIME_SYSBOX, Severity.INFO, "sysbox-runc is Docker's default runtime",
                    "Every container, and every docker build step, runs under Sysbox here.",
                    evidence("DefaultRuntime: sysbox-runc"), List.of(), List.of(DocLinks.ISSUE_570));
        }
        List<ContainerFacts> sbx = d.sysboxContainers();
        if (!sbx.isEmpty()) {
            add(FindingIds.SYSBOX_CONTAINERS, Severity.INFO, sbx.size() + " Sysbox container" + (sbx.size() == 1 ? "" : "s"),
                    "Containers on sysbox-runc: " + String.join(", ", sbx.stream().map(c -> c.name() + " (" + c.state() + ")").toList()) + ".",
                    sbx.stream().map(c -> c.name() + " (" + c.image() + ", " + c.state() + ")").toList(), List.of(), List.of());
        }
    }

    private void unreachable() {
        List<Gap> g = t.gaps();
        boolean timedOut = g.stream().anyMatch(x -> x.reason().contains("timed out"));
        String what = t.kind() == TargetKind.WSL_DISTRO ? "WSL distro " + t.name() : "this machine";
        add(timedOut ? FindingIds.TARGET_TIMED_OUT : FindingIds.TARGET_UNREACHABLE, Severity.WARNING,
                timedOut ? "Inspecting " + what + " timed out" : "Could not inspect " + what,
                (g.isEmpty() ? "No answer." : g.get(0).reason() + ".") + " Nothing is known about its kernel, Sysbox or Docker, so no verdict.",
                gapEvidence(g), List.of(), List.of());
    }

    private void gaps(List<Gap> gaps) {
        for (Gap g : gaps) {
            add(FindingIds.UNLEARNED, Severity.INFO, "Could not learn " + g.subject(), g.reason() + ".", g.evidence(), List.of(), List.of());
        }
    }

    private void add(String id, Severity s, String title, String detail, List<String> ev, List<String> remedies, List<String> docs) {
        findings.add(new Finding(id, s, t.name(), title, detail, ev, remedies, docs));
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
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^v?(\\d+)\\.(\\d+)\\.(\\d+)").matcher(version.strip());
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
