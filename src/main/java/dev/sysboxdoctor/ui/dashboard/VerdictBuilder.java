package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.ui.common.I18n;
import java.util.List;
import java.util.Locale;

/** Pure: the plain-words verdict for one target. */
final class VerdictBuilder {
    private final I18n t;

    VerdictBuilder(I18n t) {
        this.t = t;
    }

    Verdict build(String targetName, TargetVerdict v, List<Finding> findings, boolean running) {
        if (targetName == null) {
            return running ? new Verdict(Verdict.Level.PENDING, t.get("verdict.inspecting"), "")
                    : new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.noTargets"), "");
        }
        String target = v != null && v.facts() != null && v.facts().kind() == TargetKind.LOCAL
                ? t.get("finding.thisMachine") : targetName;
        if (v == null) {
            return running ? new Verdict(Verdict.Level.PENDING, t.get("verdict.inspectingTarget", target), "")
                    : new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.unknown", target), "");
        }
        if (CardsBuilder.timedOut(v.facts(), findings)) {
            return new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.timedOut", target), t.get("verdict.timedOutBasis"));
        }
        String mode = t.get("mode." + v.mode().name().toLowerCase(Locale.ROOT));
        String basis = v.modeBasis() == null ? t.get("verdict.mode", mode)
                : t.get("verdict.modeBasis", mode, t.findings().basis(v.modeBasis()));
        return switch (v.commitRisk()) {
            case BROKEN -> new Verdict(Verdict.Level.BROKEN, t.get("verdict.broken", target), basis);
            case SAFE -> new Verdict(Verdict.Level.SAFE, t.get("verdict.safe", target), basis);
            case NOT_APPLICABLE -> new Verdict(Verdict.Level.NOT_APPLICABLE, t.get("verdict.notApplicable", target), basis);
            case UNKNOWN -> new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.unknown", target), basis);
        };
    }
}
