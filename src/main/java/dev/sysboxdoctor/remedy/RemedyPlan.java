package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.CancelToken;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A remedy as a plan of steps: {@link #preview()} shows exactly what will run and change;
 * {@link #apply} runs the steps with consent, rolling back what ran when a step fails or the
 * user cancels; {@link #verify()} looks at the machine again; {@link #undo} takes the change back.
 * One plan object is applied at most once; it is not thread-safe beyond apply/undo on one worker
 * thread and cancel from another.
 */
public final class RemedyPlan {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RemedyPlan.class);
    private final RemedyId id;
    private final String title;
    private final String explanation;
    private final List<String> warnings;
    private final List<PlannedStep> steps;
    private final ObservedState before;
    private final StateProbe probe;
    private final Predicate<ObservedState> goal;
    private final String goalText;
    /** Read from any thread (the GUI asks canUndo() while a step runs); written by the worker. */
    private final List<StepStatus> statuses;
    /** Held by apply() and undo() only, so the GUI thread never waits for a running step. */
    private final Object running = new Object();
    private volatile boolean applied;
    private final RemedyTexts t;
    /** Null when the plan guards no containers; else its save step is steps[0] and {@link #restoreStep} runs in finish(). */
    private final ContainerSafeguard safeguard;
    private final PlannedStep restoreStep;
    private volatile StepStatus restoreStatus = StepStatus.NOT_RUN;

    /** A plan in English (tests, the CLI's default). */
    static Builder builder(RemedyId id) {
        return builder(RemedyTexts.ENGLISH, id);
    }

    /** A plan whose step messages and verification texts come from {@code texts}. */
    static Builder builder(RemedyTexts texts, RemedyId id) {
        return new Builder(texts, id);
    }

    private RemedyPlan(Builder b) {
        this.safeguard = b.safeguard;
        this.restoreStep = safeguard == null ? null : safeguard.restoreStep();
        this.t = b.texts;
        this.id = b.id;
        this.title = b.title;
        this.explanation = b.explanation;
        this.warnings = List.copyOf(b.warnings);
        this.steps = List.copyOf(b.steps);
        this.before = b.before;
        this.probe = b.probe;
        this.goal = b.goal;
        this.goalText = b.goalText;
        this.statuses = Collections.synchronizedList(
                new ArrayList<>(Collections.nCopies(steps.size(), StepStatus.NOT_RUN)));
    }

    /**
     * The parts of a plan by name. Required: title, explanation, steps, the state before with the
     * probe that looks again, and the goal; warnings default to none.
     */
    static final class Builder {
        private final RemedyTexts texts;
        private final RemedyId id;
        private String title;
        private String explanation;
        private List<String> warnings = List.of();
        private List<PlannedStep> steps;
        private ObservedState before;
        private StateProbe probe;
        private Predicate<ObservedState> goal;
        private String goalText;
        private ContainerSafeguard safeguard;

        private Builder(RemedyTexts texts, RemedyId id) {
            this.texts = texts;
            this.id = id;
        }

        Builder title(String title) {
            this.title = title;
            return this;
        }

        /** Why this remedy, in plain words. */
        Builder explanation(String explanation) {
            this.explanation = explanation;
            return this;
        }

        Builder warnings(List<String> warnings) {
            this.warnings = warnings;
            return this;
        }

        Builder steps(List<PlannedStep> steps) {
            this.steps = steps;
            return this;
        }

        /** The state the plan is made from, and how verify() looks at the machine again. */
        Builder observed(ObservedState before, StateProbe probe) {
            this.before = before;
            this.probe = probe;
            return this;
        }

        /** What verify() must see ({@code reached}), said in words ({@code text}). */
        Builder goal(String text, Predicate<ObservedState> reached) {
            this.goalText = text;
            this.goal = reached;
            return this;
        }

        private Builder guardedBy(ContainerSafeguard safeguard) {
            this.safeguard = safeguard;
            return this;
        }

        RemedyPlan build() {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(explanation, "explanation");
            Objects.requireNonNull(steps, "steps");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(probe, "probe");
            Objects.requireNonNull(goal, "goal");
            return new RemedyPlan(this);
        }
    }

    /**
     * This plan with its containers guarded: the safeguard's save step first, its warnings added,
     * its restore step run by {@link #finish} after the verification.
     */
    RemedyPlan guardedBy(ContainerSafeguard g) {
        List<PlannedStep> all = new ArrayList<>();
        PlannedStep save = g.saveStep();
        if (save != null) {
            all.add(save);
        }
        all.addAll(steps);
        List<String> w = new ArrayList<>(g.warnings());
        w.addAll(warnings);
        return builder(t, id).title(title).explanation(explanation).warnings(w).steps(all).observed(before, probe)
                .goal(goalText, goal).guardedBy(g).build();
    }

    /** The containers this plan saves and restores, when it guards any. */
    public Optional<ContainerSafeguard> safeguard() {
        return safeguard == null || !safeguard.active() ? Optional.empty() : Optional.of(safeguard);
    }

    public RemedyId id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** Why this remedy, in plain words (what it does, what it will not do). */
    public String explanation() {
        return explanation;
    }

    /** What the user must know before consenting, e.g. which distros and containers will stop. */
    public List<String> warnings() {
        return warnings;
    }

    /** Every step in order; the last one may be the restore that {@link #finish} runs after the verification. */
    public List<Step> steps() {
        List<Step> all = new ArrayList<>(steps.stream().map(PlannedStep::step).toList());
        if (restoreStep != null) {
            all.add(restoreStep.step());
        }
        return all;
    }

    /** The state the plan was made from. */
    public ObservedState before() {
        return before;
    }

    /** What verify() must see for the plan to count as working. */
    public String goal() {
        return goalText;
    }

    public boolean needsPrivilege() {
        return steps.stream().anyMatch(s -> s.step().privileged());
    }

    /** The whole plan as text: explanation, warnings, each step with its verbatim command or diff. */
    public String preview() {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append("\n\n").append(explanation).append('\n');
        if (!warnings.isEmpty()) {
            sb.append('\n');
            warnings.forEach(w -> sb.append("WARNING: ").append(w).append('\n'));
        }
        sb.append('\n');
        for (int i = 0; i < steps.size(); i++) {
            sb.append(i + 1).append(". ").append(steps.get(i).step().preview());
        }
        sb.append("\nThen: ").append(goalText).append('\n');
        if (restoreStep != null) {
            sb.append('\n').append(steps.size() + 1).append(". ").append(restoreStep.step().preview());
        }
        return sb.toString();
    }

    /**
     * Runs the steps in order. Without consent nothing runs. A failing step, or a cancel, undoes
     * the steps that ran (in reverse order) and re-runs the settling steps.
     */
    public ApplyResult apply(Consent consent, PlanListener listener, CancelToken cancel) {
        synchronized (running) {
            return applyLocked(consent, listener, cancel);
        }
    }

    private ApplyResult applyLocked(Consent consent, PlanListener listener, CancelToken cancel) {
        if (applied) {
            throw new IllegalStateException("this plan has already been applied; build a new one");
        }
        if (!consent.granted()) {
            return new ApplyResult(ApplyResult.Outcome.NO_CONSENT, reports(List.of()),
                    t.get("plan.noConsent"));
        }
        applied = true;
        if (safeguard != null) {
            safeguard.cancelWith(cancel);
        }
        List<String> details = new ArrayList<>(Collections.nCopies(steps.size(), ""));
        for (int i = 0; i < steps.size(); i++) {
            PlannedStep ps = steps.get(i);
            if (cancel.isCancelled()) {
                boolean interrupted = Thread.interrupted(); // roll back with a clear flag, then restore it
                ApplyResult r = rollBack(i, listener, details, true, t.get("plan.cancelledBefore", ps.step().title()));
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                return r;
            }
            listener.stepStarted(ps.step());
            if (!ps.step().argv().isEmpty()) {
                listener.log("$ " + ps.step().commandLine());
            }
            cancel.bind(Thread.currentThread());
            try {
                ps.action().run(listener);
                cancel.bind(null);
                statuses.set(i, StepStatus.DONE);
                listener.stepFinished(ps.step(), StepStatus.DONE);
            } catch (InterruptedException e) {
                cancel.bind(null);
                statuses.set(i, StepStatus.FAILED);
                details.set(i, t.get("plan.detailCancelled"));
                listener.stepFinished(ps.step(), StepStatus.FAILED);
                Thread.interrupted(); // roll back with a clear interrupt flag, then restore it
                ApplyResult r = rollBack(i + 1, listener, details, true, t.get("plan.cancelledDuring", ps.step().title()));
                Thread.currentThread().interrupt();
                return r;
            } catch (StepFailedException | RuntimeException e) {
                cancel.bind(null);
                boolean cancelledNow = Thread.interrupted() || cancel.isCancelled();
                String why = e instanceof StepFailedException ? e.getMessage() : plain(e);
                statuses.set(i, StepStatus.FAILED);
                details.set(i, why);
                listener.log(t.get("plan.logFailed", why));
                listener.stepFinished(ps.step(), StepStatus.FAILED);
                if (!(e instanceof StepFailedException)) {
                    LOG.warn("step {} failed unexpectedly", ps.step().id(), e);
                }
                ApplyResult r = rollBack(i + 1, listener, details, cancelledNow,
                        cancelledNow ? t.get("plan.cancelledDuring", ps.step().title()) : t.get("plan.stepFailed", ps.step().title(), why));
                if (cancelledNow) {
                    Thread.currentThread().interrupt();
                }
                return r;
            }
        }
        return new ApplyResult(ApplyResult.Outcome.DONE, reports(details), t.get("plan.done", goalText));
    }

    /**
     * After apply() (and verify()): restores the containers the first step saved, when a step that
     * stops Sysbox or WSL has run (also after a failed or cancelled apply that got that far).
     * Returns what was restored; empty when there was nothing to restore.
     *
     * @throws StepFailedException when a container could not be restored; its backup is named and kept
     */
    public List<RestoreResult> finish(PlanListener listener, CancelToken cancel) throws StepFailedException, InterruptedException {
        synchronized (running) {
            if (restoreStep == null || restoreStatus != StepStatus.NOT_RUN || safeguard.saved().isEmpty() || !sysboxStopped()) {
                return List.of();
            }
            safeguard.cancelWith(cancel);
            listener.stepStarted(restoreStep.step());
            cancel.bind(Thread.currentThread());
            try {
                restoreStep.action().run(listener);
                restoreStatus = StepStatus.DONE;
            } catch (StepFailedException | InterruptedException | RuntimeException e) {
                restoreStatus = StepStatus.FAILED;
                throw e;
            } finally {
                cancel.bind(null);
                listener.stepFinished(restoreStep.step(), restoreStatus);
            }
            return safeguard.restored();
        }
    }

    /** A step that stops Sysbox or WSL has started (its containers are back in their image state). */
    public boolean sysboxStopped() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).stopsSysbox() && statuses.get(i) != StepStatus.NOT_RUN) {
                return true;
            }
        }
        return false;
    }

    /** Whether undo() can take back what apply() did (false when, e.g., a wsl --update cannot be undone). */
    public boolean canUndo() {
        for (int i = 0; i < steps.size(); i++) {
            if (statuses.get(i) == StepStatus.DONE && steps.get(i).rollback() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Takes back a successful apply(): the same rollback a failure would run. It runs to the end
     * even when {@code cancel} fires (a half-undone change is worse than a slow one); the token is
     * taken for symmetry with apply().
     */
    public ApplyResult undo(PlanListener listener, CancelToken cancel) {
        synchronized (running) {
            return undoLocked(listener);
        }
    }

    private ApplyResult undoLocked(PlanListener listener) {
        if (!canUndo()) {
            return new ApplyResult(ApplyResult.Outcome.DONE, reports(List.of()), t.get("plan.nothingToUndo"));
        }
        List<String> details = new ArrayList<>(Collections.nCopies(steps.size(), ""));
        ApplyResult r = rollBack(steps.size(), listener, details, false, t.get("plan.undone"));
        if (r.outcome() == ApplyResult.Outcome.FAILED_ROLLED_BACK) {
            return new ApplyResult(ApplyResult.Outcome.DONE, r.steps(), t.get("plan.undoneAll"));
        }
        return r;
    }

    /** Looks at the machine again and compares with the state the plan was made from. */
    public Verification verify() {
        try {
            ObservedState after = probe.observe();
            boolean fixed = goal.test(after);
            return new Verification(before, after, fixed, fixed ? t.get("verify.fixed", goalText)
                    : t.get("verify.notFixed", goalText));
        } catch (StepFailedException | RuntimeException e) {
            LOG.debug("verification failed", e);
            return new Verification(before, ObservedState.nothing(t.get("verify.couldNotCheck", plain(e))),
                    false, t.get("verify.failed", plain(e)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Verification(before, ObservedState.nothing(t.get("verify.notChecked")),
                    false, t.get("verify.cancelled"));
        }
    }

    /** Undo steps [0, end) that are DONE, newest first, then re-run the settling steps that had run. */
    private ApplyResult rollBack(int end, PlanListener listener, List<String> details, boolean cancelled, String why) {
        boolean complete = true;
        boolean anyUndone = false;
        for (int i = end - 1; i >= 0; i--) {
            PlannedStep ps = steps.get(i);
            if (statuses.get(i) != StepStatus.DONE || ps.rollback() == null) {
                continue;
            }
            listener.log(t.get("rollback.undoing", ps.step().title()));
            try {
                ps.rollback().run(listener);
                statuses.set(i, StepStatus.ROLLED_BACK);
                anyUndone = true;
            } catch (StepFailedException | InterruptedException | RuntimeException e) {
                complete = false;
                statuses.set(i, StepStatus.ROLLBACK_FAILED);
                details.set(i, t.get("rollback.detailCouldNotUndo", plain(e)));
                listener.log(t.get("rollback.couldNotUndo", ps.step().title(), e.getMessage()));
            }
            listener.stepFinished(ps.step(), statuses.get(i));
        }
        if (anyUndone) {
            for (int i = 0; i < end; i++) {
                PlannedStep ps = steps.get(i);
                StepStatus st = statuses.get(i);
                boolean ran = st != StepStatus.NOT_RUN;
                boolean succeeded = st == StepStatus.DONE || st == StepStatus.ROLLED_BACK;
                if (ps.resettle() == PlannedStep.Resettle.NO || !ran
                        || (ps.resettle() == PlannedStep.Resettle.IF_DONE && !succeeded)) {
                    continue;
                }
                listener.log(t.get("rollback.again", ps.step().title()));
                try {
                    ps.action().run(listener);
                } catch (StepFailedException | InterruptedException | RuntimeException e) {
                    complete = false;
                    details.set(i, t.get("rollback.detailCouldNotRerun", plain(e)));
                    listener.log(t.get("rollback.couldNotRerun", ps.step().title(), e.getMessage()));
                }
            }
        }
        ApplyResult.Outcome outcome = !complete ? ApplyResult.Outcome.FAILED_ROLLBACK_INCOMPLETE
                : cancelled ? ApplyResult.Outcome.CANCELLED_ROLLED_BACK : ApplyResult.Outcome.FAILED_ROLLED_BACK;
        String left = complete ? "" : " " + t.get("rollback.incomplete");
        return new ApplyResult(outcome, reports(details), why + left);
    }

    /** One line for people: the message, or the exception's kind when it has none. */
    private static String plain(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private List<StepReport> reports(List<String> details) {
        List<StepReport> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            out.add(new StepReport(steps.get(i).step(), statuses.get(i), details.isEmpty() ? "" : details.get(i)));
        }
        return out;
    }
}
