package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.ui.common.I18n;
import java.util.List;

/** Pure: the plain-words verdict for one target. */
final class VerdictBuilder {
    private final I18n t;

    VerdictBuilder(I18n t) {
        this.t = t;
    }

    /**
     * The engine that answered has Sysbox while the inspected machine has none: it runs somewhere
     * else (DOCKER_HOST, a remote engine). Said plainly, because the cards would disagree otherwise.
     */
    private String engineElsewhere(TargetVerdict v) {
        var facts = v.facts();
        if (facts == null || facts.docker() == null || facts.sysbox() == null || !facts.sysbox().installed().isNo()) {
            return null;
        }
        var docker = facts.docker();
        if (!docker.sysboxRuntimeRegistered() && docker.sysboxContainers().isEmpty()) {
            return null;
        }
        return t.get("verdict.engineElsewhere", docker.endpoint() == null ? "?" : docker.endpoint());
    }

    Verdict build(String targetName, TargetVerdict v, List<Finding> findings, boolean running) {
        if (targetName == null) {
            return running ? new Verdict(Verdict.Level.PENDING, t.get("verdict.inspecting"), "")
                    : new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.noTargets"), "");
        }
        boolean local = v != null && v.facts() != null && v.facts().kind() == TargetKind.LOCAL;
        String target = local ? t.get("finding.thisMachine") : targetName;
        // "in Ubuntu" but "on this machine": the sentence gets the whole place phrase.
        String place = local ? t.get("place.thisMachine") : t.get("place.in", targetName);
        if (v == null) {
            // The progress line names what is being inspected; the headline does not guess it.
            return running ? new Verdict(Verdict.Level.PENDING, t.get("verdict.inspecting"), "")
                    : new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.unknown", place), "");
        }
        if (CardsBuilder.timedOut(v.facts(), findings)) {
            return new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.timedOut", target), t.get("verdict.timedOutBasis"));
        }
        String mode = t.findings().mode(v.mode());
        String basis = v.modeBasis() == null ? t.get("verdict.mode", mode)
                : t.get("verdict.modeBasis", mode, t.findings().basis(v.modeBasis()));
        String elsewhere = engineElsewhere(v);
        if (elsewhere != null) {
            basis = basis + "\n" + elsewhere;
        }
        return switch (v.commitRisk()) {
            case BROKEN -> new Verdict(Verdict.Level.BROKEN, t.get("verdict.broken", place), basis);
            case SAFE -> new Verdict(Verdict.Level.SAFE, t.get("verdict.safe", place), basis);
            case NOT_APPLICABLE -> new Verdict(Verdict.Level.NOT_APPLICABLE, t.get("verdict.notApplicable", place), basis);
            case UNKNOWN -> new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.unknown", place), basis);
        };
    }
}
