package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.FindingIds;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.DockerFacts;
import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.inspect.KernelFacts;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.inspect.WslDistro;
import dev.sysboxdoctor.inspect.WslFacts;
import dev.sysboxdoctor.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Pure: the four status cards of one target from what is known so far. */
final class CardsBuilder {
    private final I18n t;

    CardsBuilder(I18n t) {
        this.t = t;
    }

    /**
     * @param wsl      null when WSL is not involved (native Linux) or not answered yet
     * @param wslAsked WSL is being inspected (so a null {@code wsl} means "pending", not "not used")
     * @param verdict  null while the target is still being inspected
     * @param running  the inspection is still going (a missing target is pending, not unknown)
     */
    List<StatusCard> build(WslFacts wsl, boolean wslAsked, WslDistro distro, TargetVerdict verdict,
                           List<Finding> findings, boolean running) {
        TargetFacts facts = verdict == null ? null : verdict.facts();
        Optional<String> timeout = timeoutText(facts, findings);
        return List.of(wslCard(wsl, wslAsked, distro, findings, running),
                timeout.map(r -> timedOutCard(CardKind.KERNEL, r))
                        .orElseGet(() -> facts == null ? pending(CardKind.KERNEL, running) : kernelCard(facts.kernel(), findings)),
                timeout.map(r -> timedOutCard(CardKind.SYSBOX, r))
                        .orElseGet(() -> facts == null ? pending(CardKind.SYSBOX, running) : sysboxCard(verdict, findings)),
                timeout.map(r -> timedOutCard(CardKind.DOCKER, r))
                        .orElseGet(() -> facts == null ? pending(CardKind.DOCKER, running) : dockerCard(facts.docker(), findings)));
    }

    /** The timeout finding's title in the reader's language, else the timed-out gap's own words. */
    private Optional<String> timeoutText(TargetFacts facts, List<Finding> findings) {
        Optional<Finding> f = timeoutFinding(findings);
        return f.isPresent() ? Optional.of(t.findings().title(f.get())) : timedOutGap(facts).map(Gap::reason);
    }

    static boolean timedOut(TargetFacts facts, List<Finding> findings) {
        return timeoutFinding(findings).isPresent() || timedOutGap(facts).isPresent();
    }

    private static Optional<Finding> timeoutFinding(List<Finding> findings) {
        return findings.stream().filter(x -> FindingIds.TARGET_TIMED_OUT.equals(x.id())).findFirst();
    }

    private static Optional<Gap> timedOutGap(TargetFacts facts) {
        return facts == null || facts.reachable().isYes() ? Optional.empty() : facts.gaps().stream().filter(Gap::timedOut).findFirst();
    }

    private StatusCard pending(CardKind kind, boolean running) {
        return running ? new StatusCard(kind, CardState.PENDING, t.get("card.pending"), "")
                : new StatusCard(kind, CardState.UNKNOWN, t.get("card.unknown"), "");
    }

    private StatusCard timedOutCard(CardKind kind, String reason) {
        return new StatusCard(kind, CardState.TIMED_OUT, t.get("card.timedOut"), reason);
    }

    private StatusCard wslCard(WslFacts wsl, boolean wslAsked, WslDistro distro, List<Finding> findings, boolean running) {
        if (wsl == null) {
            return wslAsked ? pending(CardKind.WSL, running)
                    : new StatusCard(CardKind.WSL, CardState.NOT_APPLICABLE, t.get("card.wsl.notUsed"), t.get("card.wsl.native"));
        }
        if (findings.stream().anyMatch(f -> FindingIds.WSL_TIMED_OUT.equals(f.id()))) {
            return timedOutCard(CardKind.WSL, t.get("card.wsl.timedOutDetail"));
        }
        if (!wsl.available()) {
            return new StatusCard(CardKind.WSL, CardState.ERROR, t.get("card.wsl.unavailable"), nz(wsl.wslExe()));
        }
        String value = wsl.wslVersion() != null ? t.get("card.wsl.version", wsl.wslVersion())
                : wsl.inbox() ? t.get("card.wsl.inbox") : t.get("card.wsl.available");
        StringBuilder detail = new StringBuilder();
        if (wsl.kernelVersion() != null) {
            detail.append(t.get("card.wsl.kernel", wsl.kernelVersion()));
        }
        if (distro != null) {
            append(detail, t.get("card.wsl.distro", t.getOr("distro.state." + String.valueOf(distro.state()).toLowerCase(Locale.ROOT),
                    distro.state()), distro.version()));
        }
        return new StatusCard(CardKind.WSL, stateFrom(CardKind.WSL, findings, CardState.OK), value, detail.toString());
    }

    private StatusCard kernelCard(KernelFacts k, List<Finding> findings) {
        if (k == null || k.release() == null) {
            return new StatusCard(CardKind.KERNEL, stateFrom(CardKind.KERNEL, findings, CardState.UNKNOWN),
                    t.get("card.unknown"), "");
        }
        String detail = t.get("card.kernel.idmap", yesNo(k.overlayIdmap())) + " · "
                + t.get("card.kernel.shiftfs", t.get("shiftfs." + k.shiftfs().name().toLowerCase(Locale.ROOT)));
        return new StatusCard(CardKind.KERNEL, stateFrom(CardKind.KERNEL, findings, CardState.OK), k.release(), detail);
    }

    private StatusCard sysboxCard(TargetVerdict v, List<Finding> findings) {
        SysboxFacts s = v.facts().sysbox();
        boolean installed = s != null && s.installed().isYes();
        String value = installed ? (s.version() != null ? t.get("card.sysbox.version", s.version()) : t.get("card.sysbox.installed"))
                : s != null && s.installed().isNo() ? t.get("card.sysbox.notInstalled") : t.get("card.unknown");
        String detail = t.get("card.sysbox.mode", t.findings().mode(v.mode()));
        CardState fallback = v.mode() == SysboxMode.NOT_INSTALLED ? CardState.NOT_APPLICABLE
                : v.mode() == SysboxMode.UNKNOWN ? CardState.UNKNOWN : CardState.OK;
        return new StatusCard(CardKind.SYSBOX, stateFrom(CardKind.SYSBOX, findings, fallback), value, detail);
    }

    /** The inspector names a distro's docker CLI in English ("docker CLI in NAME"); a URI stays as it is. */
    private String endpoint(String endpoint) {
        String prefix = "docker CLI in ";
        return endpoint != null && endpoint.startsWith(prefix)
                ? t.get("card.docker.cli", endpoint.substring(prefix.length())) : nz(endpoint);
    }

    private StatusCard dockerCard(DockerFacts d, List<Finding> findings) {
        if (d == null) {
            return new StatusCard(CardKind.DOCKER, stateFrom(CardKind.DOCKER, findings, CardState.UNKNOWN), t.get("card.unknown"), "");
        }
        if (!d.reachable().isYes()) {
            return new StatusCard(CardKind.DOCKER, stateFrom(CardKind.DOCKER, findings, CardState.WARNING),
                    t.get("card.docker.unreachable"), endpoint(d.endpoint()));
        }
        String value = d.version() != null ? t.get("card.docker.version", d.version()) : t.get("card.docker.reachable");
        String detail = t.get("card.docker.runtimes", d.runtimes().isEmpty() ? "-" : String.join(", ", d.runtimes()));
        return new StatusCard(CardKind.DOCKER, stateFrom(CardKind.DOCKER, findings, CardState.OK), value, detail);
    }

    /** The worst severity among the card's findings, or {@code fallback} when none concerns it. */
    static CardState stateFrom(CardKind kind, List<Finding> findings, CardState fallback) {
        return findings.stream().filter(f -> kind.covers(f.id())).map(Finding::severity)
                .min(Enum::compareTo).map(CardState::of).orElse(fallback);
    }

    private String yesNo(Tri tri) {
        return t.get("tri." + tri.name().toLowerCase(Locale.ROOT));
    }

    private static void append(StringBuilder sb, String part) {
        if (sb.length() > 0) {
            sb.append(" · ");
        }
        sb.append(part);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static Severity worst(List<Finding> findings) {
        return findings.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.OK);
    }
}
