package dev.sysboxdoctor.remedy;

import java.util.List;

/** The end of apply() or undo(). */
public record ApplyResult(Outcome outcome, List<StepReport> steps, String message) {
    public enum Outcome {
        /** Every step ran. Call verify() next. */
        DONE,
        /** Nothing ran: privileged steps need consent. */
        NO_CONSENT,
        /** A step failed; the steps that had run were undone. */
        FAILED_ROLLED_BACK,
        /** A step failed and undoing what ran failed too: {@link #message()} says what is left. */
        FAILED_ROLLBACK_INCOMPLETE,
        /** Cancelled; the steps that had run were undone. */
        CANCELLED_ROLLED_BACK
    }

    public ApplyResult {
        steps = List.copyOf(steps);
    }

    public boolean done() {
        return outcome == Outcome.DONE;
    }
}
