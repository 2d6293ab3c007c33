package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.Diagnoser;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.InspectionListener;
import dev.sysboxdoctor.inspect.Inspector;
import org.slf4j.LoggerFactory;

/**
 * The full diagnosis (inspect + diagnose rooms) of the target a remedy changed, folded into an
 * {@link ObservedState} as its {@link DiagnosisObservation}, so verify()
 * shows the same verdict as {@code sysbox-doctor diagnose}.
 */
final class Rediagnosis {
    private Rediagnosis() {}

    /** {@code state} plus the diagnosis of {@code distro} (null: the local target, or the only one). */
    static ObservedState add(RemedyEnvironment env, String distro, ObservedState state) throws InterruptedException {
        // An unconfined root is this machine's own "/": inspection then also asks its engine.
        InspectOptions o = InspectOptions.defaults().at(env.address().withDistro(distro)
                .withRoot(env.confined() ? env.root() : null));
        Diagnosis d;
        try {
            d = new Diagnoser().diagnose(new Inspector(env.runner()).inspect(o, InspectionListener.NONE));
        } catch (RuntimeException e) {
            // The remedy's own checks still stand; the full diagnosis is extra evidence.
            LoggerFactory.getLogger(Rediagnosis.class).warn("re-diagnosis failed", e);
            return state;
        }
        TargetVerdict v = distro != null ? d.target(distro) : d.targets().isEmpty() ? null : d.targets().get(0);
        if (v == null) {
            return state;
        }
        return state.withDiagnosis(state.summary() + "; diagnosis of " + v.name() + ": mode " + v.mode()
                + ", commit risk " + v.commitRisk(), new DiagnosisObservation(v.mode(), v.commitRisk()));
    }

    /** The diagnosis does not call commits broken (or there was none to ask). */
    static boolean notBroken(ObservedState s) {
        return s.commitRisk().map(r -> r != CommitRisk.BROKEN).orElse(true);
    }
}
