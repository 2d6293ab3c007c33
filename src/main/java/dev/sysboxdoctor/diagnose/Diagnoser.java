package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.inspect.KernelPlatform;
import dev.sysboxdoctor.inspect.KernelVersion;
import dev.sysboxdoctor.inspect.MachineFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.Vantage;
import dev.sysboxdoctor.inspect.WslConfigFacts;
import dev.sysboxdoctor.inspect.WslDistro;
import dev.sysboxdoctor.inspect.WslFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Pure: facts in, diagnosis out. No I/O; the same facts always give the same diagnosis. */
public class Diagnoser {
    public Diagnosis diagnose(MachineFacts facts) {
        List<Finding> findings = new ArrayList<>();
        List<TargetVerdict> verdicts = new ArrayList<>();
        for (TargetFacts t : facts.targets()) {
            TargetRules.Result r = TargetRules.judge(t, facts.wslConfig());
            verdicts.add(r.verdict());
            findings.addAll(r.findings());
        }
        if (facts.wsl() != null) {
            findings.addAll(wslFindings(facts.wsl(), facts.vantage(), facts.targets(), facts.wslConfig()));
        }
        if (facts.wslConfig() != null) {
            findings.addAll(wslConfigFindings(facts.wslConfig(), facts.targets()));
        }
        for (Gap g : facts.gaps()) {
            findings.add(TargetRules.unlearned(g, null).build());
        }
        if (facts.targets().isEmpty() && (facts.wsl() == null || facts.wsl().available())) {
            findings.add(Finding.of(FindingKind.NOTHING_TO_INSPECT, null).build());
        }
        findings.sort(Comparator.comparing(Finding::severity));
        return new Diagnosis(hostKind(facts), facts.wsl(), facts.wslConfig(), verdicts, findings, facts.inspectedAt(), facts.took(), facts);
    }

    static HostKind hostKind(MachineFacts f) {
        if (f.vantage() == Vantage.WSL_EXE) {
            return HostKind.WINDOWS;
        }
        KernelPlatform p = f.targets().isEmpty() ? KernelPlatform.UNKNOWN : f.targets().get(0).kernel().platform();
        return p == KernelPlatform.WSL2 ? HostKind.WSL2 : p == KernelPlatform.WSL1 ? HostKind.WSL1 : HostKind.LINUX;
    }

    private static List<Finding> wslFindings(WslFacts w, Vantage vantage, List<TargetFacts> targets, WslConfigFacts cfg) {
        List<Finding> out = new ArrayList<>();
        if (!w.available()) {
            boolean timedOut = w.gaps().stream().anyMatch(Gap::timedOut);
            out.add(Finding.of(timedOut ? FindingKind.WSL_TIMED_OUT : FindingKind.WSL_UNAVAILABLE, null)
                    .with(Arg.REASON, TargetRules.firstReason(w.gaps())).evidence(TargetRules.gapEvidence(w.gaps())).build());
            return out;
        }
        for (Gap g : w.gaps()) {
            out.add(g.timedOut() ? Finding.of(FindingKind.WSL_TIMED_OUT_PARTLY, null).with(Arg.SUBJECT, g.subject())
                    .with(Arg.REASON, g.reason()).evidence(g.evidence()).build() : TargetRules.unlearned(g, null).build());
        }
        if (w.inbox()) {
            out.add(Finding.of(FindingKind.WSL_INBOX, null)
                    .evidence(TargetRules.evidence(TargetRules.labeled("kernel version ", w.kernelVersion())))
                    .remedies(List.of(RemedyId.WSL_KERNEL_UPGRADE)).docs(DocLinks.WSL_KERNEL_NOTES).build());
        }
        if (vantage == Vantage.WSL_EXE && w.distros().isEmpty() && w.gaps().isEmpty()) {
            out.add(Finding.of(FindingKind.WSL_NO_DISTROS, null).build());
        }
        List<String> dd = w.distros().stream().filter(WslDistro::dockerDesktop).map(WslDistro::name).toList();
        if (!dd.isEmpty()) {
            out.add(Finding.of(FindingKind.DOCKER_DESKTOP_DISTROS, null).with(Arg.DISTROS, dd).evidence(dd)
                    .docs(DocLinks.SYSBOX_DOCKER_DESKTOP).build());
        }
        KernelVersion kv = KernelVersion.parse(w.kernelVersion()).orElse(null);
        boolean pinned = cfg != null && cfg.pinned();
        if (kv != null && !kv.atLeast(5, 19) && !pinned) {
            out.add(Finding.of(FindingKind.WSL_KERNEL_OLD, null).with(Arg.KERNEL, w.kernelVersion())
                    .evidence(TargetRules.evidence(TargetRules.labeled("WSL ", w.wslVersion()), TargetRules.labeled("kernel ", w.kernelVersion())))
                    .remedies(List.of(RemedyId.WSL_KERNEL_UPGRADE)).docs(DocLinks.WSL_KERNEL_NOTES).build());
        }
        return out;
    }

    private static List<Finding> wslConfigFindings(WslConfigFacts c, List<TargetFacts> targets) {
        List<Finding> out = new ArrayList<>();
        for (Gap g : c.gaps()) {
            out.add(TargetRules.unlearned(g, null).build());
        }
        if (c.mirrored() && targets.stream().anyMatch(t -> t.kernel().platform() == KernelPlatform.WSL2
                && t.sysbox().installed() == dev.sysboxdoctor.inspect.Tri.YES)) {
            out.add(HealthRules.mirrored(null, List.of(c.networkingModeLine()), c));
        }
        if (c.pinned()) {
            List<String> oldKernels = targets.stream().filter(t -> t.kernel().platform() == KernelPlatform.WSL2
                    && t.kernel().version() != null && !t.kernel().version().atLeast(5, 19)).map(t -> t.kernel().release()).distinct().toList();
            List<String> ev = new ArrayList<>(List.of(c.kernelPinLine()));
            oldKernels.forEach(r -> ev.add("running kernel " + r));
            out.add(Finding.of(oldKernels.isEmpty() ? FindingKind.WSL_KERNEL_PINNED : FindingKind.WSL_KERNEL_PINNED_OLD, null)
                    .with(Arg.KERNEL_PIN, c.kernelPin()).evidence(ev).remedies(List.of(RemedyId.WSL_KERNEL_UNPIN))
                    .docs(DocLinks.WSL_CONFIG).build());
        }
        return out;
    }
}
