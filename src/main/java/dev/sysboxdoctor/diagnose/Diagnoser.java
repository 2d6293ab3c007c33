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
            findings.add(new Finding(FindingIds.UNLEARNED, Severity.INFO, null, "Could not learn " + g.subject(), g.reason() + ".",
                    g.evidence(), List.of(), List.of()));
        }
        if (facts.targets().isEmpty() && (facts.wsl() == null || facts.wsl().available())) {
            findings.add(new Finding(FindingIds.UNLEARNED, Severity.INFO, null, "Nothing to inspect",
                    "No Linux system was found to inspect.", List.of(), List.of(), List.of()));
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
        boolean timedOut = w.gaps().stream().anyMatch(g -> g.reason().contains("timed out"));
        if (!w.available()) {
            out.add(new Finding(timedOut ? FindingIds.WSL_TIMED_OUT : FindingIds.WSL_UNAVAILABLE, Severity.WARNING, null,
                    timedOut ? "wsl.exe did not answer in time" : "Could not ask wsl.exe",
                    (w.gaps().isEmpty() ? "wsl.exe gave no answer" : w.gaps().get(0).reason())
                            + ". WSL's distros, version and kernel are unknown.",
                    TargetRules.gapEvidence(w.gaps()), List.of(), List.of()));
            return out;
        }
        for (Gap g : w.gaps()) {
            boolean t = g.reason().contains("timed out");
            out.add(new Finding(t ? FindingIds.WSL_TIMED_OUT : FindingIds.UNLEARNED, t ? Severity.WARNING : Severity.INFO, null,
                    "Could not learn " + g.subject(), g.reason() + ".", g.evidence(), List.of(), List.of()));
        }
        if (w.inbox()) {
            out.add(new Finding(FindingIds.WSL_INBOX, Severity.WARNING, null, "This is the old inbox WSL",
                    "wsl.exe does not know --version: WSL was never updated from the Store. 'wsl --update' installs current WSL, "
                            + "whose kernel (5.19 or newer: 6.6 or 6.18 today) lets Sysbox use ID-mapped mounts.",
                    TargetRules.evidence(TargetRules.labeled("kernel version ", w.kernelVersion())),
                    List.of(RemedyIds.WSL_KERNEL_UPGRADE), List.of(DocLinks.WSL_KERNEL_NOTES)));
        }
        if (vantage == Vantage.WSL_EXE && w.distros().isEmpty() && w.gaps().isEmpty()) {
            out.add(new Finding(FindingIds.WSL_NO_DISTROS, Severity.INFO, null, "No WSL distros installed",
                    "There is nothing to run Sysbox in yet. Install a distro (e.g. 'wsl --install -d Ubuntu-24.04'), then Docker Engine and Sysbox in it.",
                    List.of(), List.of(), List.of()));
        }
        List<String> dd = w.distros().stream().filter(WslDistro::dockerDesktop).map(WslDistro::name).toList();
        if (!dd.isEmpty()) {
            out.add(new Finding(FindingIds.DOCKER_DESKTOP_DISTROS, Severity.INFO, null, "Docker Desktop's distros are not inspected",
                    "Docker Desktop's own distros (" + String.join(", ", dd) + ") cannot run Sysbox for you; they are listed, not diagnosed.",
                    dd, List.of(), List.of(DocLinks.SYSBOX_DOCKER_DESKTOP)));
        }
        KernelVersion kv = KernelVersion.parse(w.kernelVersion()).orElse(null);
        boolean pinned = cfg != null && cfg.pinned();
        if (kv != null && !kv.atLeast(5, 19) && !pinned) {
            out.add(new Finding(FindingIds.WSL_KERNEL_OLD, Severity.WARNING, null, "WSL's kernel " + w.kernelVersion() + " is older than 5.19",
                    "Sysbox needs 5.19 for ID-mapped overlay mounts; without them it clones container root filesystems and docker commit "
                            + "breaks. 'wsl --update' brings a kernel 5.19 or newer (6.6 or 6.18 today).",
                    TargetRules.evidence(TargetRules.labeled("WSL ", w.wslVersion()), TargetRules.labeled("kernel ", w.kernelVersion())), List.of(RemedyIds.WSL_KERNEL_UPGRADE),
                    List.of(DocLinks.WSL_KERNEL_NOTES)));
        }
        return out;
    }

    private static List<Finding> wslConfigFindings(WslConfigFacts c, List<TargetFacts> targets) {
        List<Finding> out = new ArrayList<>();
        for (Gap g : c.gaps()) {
            out.add(new Finding(FindingIds.UNLEARNED, Severity.INFO, null, "Could not learn " + g.subject(), g.reason() + ".",
                    g.evidence(), List.of(), List.of()));
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
            out.add(new Finding(FindingIds.WSL_KERNEL_PINNED, oldKernels.isEmpty() ? Severity.INFO : Severity.WARNING, null,
                    ".wslconfig pins a custom kernel",
                    "WSL boots " + c.kernelPin() + " instead of its own kernel, so 'wsl --update' does not change the kernel. "
                            + (oldKernels.isEmpty() ? "" : "The pinned kernel is older than 5.19, which makes Sysbox clone root filesystems. ")
                            + "Remove the kernel= line (or point it at a kernel >= 5.19) and run 'wsl --shutdown'.",
                    ev, List.of(RemedyIds.WSL_KERNEL_UNPIN), List.of(DocLinks.WSL_CONFIG)));
        }
        return out;
    }
}
