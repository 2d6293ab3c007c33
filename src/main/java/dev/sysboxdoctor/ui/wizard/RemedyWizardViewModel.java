package dev.sysboxdoctor.ui.wizard;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.remedy.ApplyResult;
import dev.sysboxdoctor.remedy.Consent;
import dev.sysboxdoctor.remedy.ContainerProgress;
import dev.sysboxdoctor.remedy.PlanListener;
import dev.sysboxdoctor.remedy.PlanOrRefusal;
import dev.sysboxdoctor.remedy.RemedyPlan;
import dev.sysboxdoctor.remedy.RestoreResult;
import dev.sysboxdoctor.remedy.Step;
import dev.sysboxdoctor.remedy.StepFailedException;
import dev.sysboxdoctor.remedy.StepStatus;
import dev.sysboxdoctor.remedy.Verification;
import dev.sysboxdoctor.ui.UiServices;
import dev.sysboxdoctor.ui.common.BackgroundJob;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The remediation wizard (Podman Desktop's fix-then-recheck): explain, preview the exact commands
 * and diffs, warn, run with a live log (cancel rolls back), verify by looking again (old vs new),
 * then done or undo. All plan calls run in the background.
 */
public final class RemedyWizardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RemedyWizardViewModel.class);
    private final UiServices services;
    private final TaskExecutor executor;
    private final TargetFacts target;
    private final RemedyId remedy;
    private final Runnable onChanged;
    private final I18n t;

    private final ObjectProperty<WizardStep> step = new SimpleObjectProperty<>(WizardStep.EXPLAIN);
    private final ObjectProperty<WizardStatus> status = new SimpleObjectProperty<>(WizardStatus.LOADING);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty explanation = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ObservableList<FactChange> changes = FXCollections.observableArrayList();
    private final BooleanProperty consent = new SimpleBooleanProperty(false);
    private final ObjectProperty<Verification> verification = new SimpleObjectProperty<>();
    /** The containers the plan saves first and restores last; null when it guards none. */
    private final ObjectProperty<ContainerChoices> containers = new SimpleObjectProperty<>();
    private RemedyPlan plan;
    private CancelToken cancel;
    private TaskExecutor.Running job;

    /**
     * @param remedy a remedy with a fix plan
     * @param onChanged runs (on the UI thread) after the machine changed: the dashboard re-diagnoses
     */
    public RemedyWizardViewModel(UiServices services, TaskExecutor executor, TargetFacts target, RemedyId remedy,
                                 I18n t, Runnable onChanged) {
        this.services = services;
        this.executor = executor;
        this.target = target;
        this.remedy = remedy;
        this.t = t;
        this.onChanged = onChanged;
    }

    /** Builds the plan (reads the machine) in the background. */
    public void load() {
        message.set(t.get("wizard.loading"));
        status.set(WizardStatus.LOADING);
        job = executor.submit(BackgroundJob.<PlanOrRefusal>of("remedy-plan", p -> services.remediesFor(target).in(t.locale()).plan(remedy))
                .onSuccess(this::planned)
                .onFailure(e -> {
                    message.set(t.get("wizard.planFailed", text(e)));
                    status.set(WizardStatus.REFUSED);
                }));
    }

    private void planned(PlanOrRefusal answer) {
        if (answer instanceof PlanOrRefusal.Ready ready) {
            plan = ready.plan();
            title.set(FactWords.prose(plan.title()));
            explanation.set(FactWords.prose(plan.explanation()));
            warnings.setAll(plan.warnings().stream().map(FactWords::prose).toList());
            steps.setAll(plan.steps());
            containers.set(ContainerChoices.of(plan.safeguard(), t).orElse(null));
            message.set(t.get("wizard.goal", FactWords.prose(plan.goal())));
            status.set(WizardStatus.READY);
        } else if (answer instanceof PlanOrRefusal.Refused refused) {
            title.set(t.get("wizard.refusedTitle"));
            message.set(FactWords.prose(refused.reason()));
            status.set(WizardStatus.REFUSED);
        }
    }

    public boolean canGoNext() {
        return switch (step.get()) {
            case EXPLAIN -> status.get() == WizardStatus.READY;
            case PREVIEW -> false; // the Apply button moves on
            case RUN -> false;
            case VERIFY -> !status.get().busy();
            case DONE -> false;
        };
    }

    public void next() {
        if (step.get() == WizardStep.EXPLAIN && status.get() == WizardStatus.READY) {
            step.set(WizardStep.PREVIEW);
        } else if (step.get() == WizardStep.VERIFY && !status.get().busy()) {
            step.set(WizardStep.DONE);
        }
    }

    public void back() {
        if (step.get() == WizardStep.PREVIEW && !status.get().busy()) {
            step.set(WizardStep.EXPLAIN);
        }
    }

    /** Runs the plan; needs the consent box ticked. A success goes straight on to verification. */
    public void apply() {
        if (plan == null || !consent.get() || status.get() != WizardStatus.READY) {
            return;
        }
        step.set(WizardStep.RUN);
        message.set(t.get("wizard.running"));
        status.set(WizardStatus.RUNNING);
        CancelToken token = new CancelToken();
        cancel = token;
        RemedyPlan p = plan;
        job = executor.submit(BackgroundJob.<ApplyResult>of("remedy-apply", x -> {
                    ApplyResult r = p.apply(Consent.GRANTED, listener(), token);
                    if (!r.done()) {
                        // Sysbox may have stopped before the failure: put the saved containers back.
                        restoreAfter(p, token);
                    }
                    return r;
                })
                .onSuccess(this::applied)
                .onFailure(e -> {
                    message.set(t.get("wizard.runFailed", text(e)));
                    status.set(WizardStatus.RUN_FAILED);
                    onChanged.run();
                })
                .onCancelled(() -> {
                    // The worker still rolls back what ran; its log lines keep arriving.
                    message.set(t.get("wizard.cancelled"));
                    status.set(WizardStatus.RUN_FAILED);
                }));
    }

    private void applied(ApplyResult r) {
        LOG.info("remedy {} on {}: {} - {}", remedy.key(), target == null ? "machine" : target.name(), r.outcome(), r.message());
        if (r.done()) {
            verify();
        } else {
            message.set(r.message());
            status.set(WizardStatus.RUN_FAILED);
            onChanged.run();
        }
    }

    private void verify() {
        step.set(WizardStep.VERIFY);
        message.set(t.get("wizard.verifying"));
        status.set(WizardStatus.VERIFYING);
        RemedyPlan p = plan;
        CancelToken token = new CancelToken();
        cancel = token;
        job = executor.submit(BackgroundJob.<Verification>of("remedy-verify", x -> {
                    Verification v = p.verify();
                    restoreAfter(p, token);
                    return v;
                })
                .onSuccess(v -> {
                    LOG.info("remedy {} verified: fixed={} - {}", remedy.key(), v.fixed(), v.explanation());
                    verification.set(v);
                    changes.setAll(changes(v));
                    message.set(FactWords.prose(v.explanation()));
                    status.set(v.fixed() ? WizardStatus.VERIFIED : WizardStatus.NOT_FIXED);
                    onChanged.run();
                })
                .onFailure(e -> {
                    message.set(t.get("wizard.verifyFailed", text(e)));
                    status.set(WizardStatus.NOT_FIXED);
                    onChanged.run();
                }));
    }

    /** Runs the plan's restore step (on the worker thread); its outcome goes to the log and the Done step. */
    private void restoreAfter(RemedyPlan p, CancelToken token) {
        ContainerChoices c = containers.get();
        try {
            List<RestoreResult> r = p.finish(listener(), token);
            if (c != null && !r.isEmpty()) {
                executor.onUi(() -> c.restored(r));
            }
        } catch (StepFailedException e) {
            executor.onUi(() -> log.add(e.getMessage()));
            if (c != null) {
                p.safeguard().ifPresent(g -> executor.onUi(() -> c.restored(g.restored())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.onUi(() -> log.add(t.get("guard.restoreCancelled")));
        }
    }

    /** Takes the change back (only after a run that can be undone). */
    public void undo() {
        if (plan == null || !canUndo()) {
            return;
        }
        step.set(WizardStep.DONE);
        message.set(t.get("wizard.undoing"));
        status.set(WizardStatus.UNDOING);
        CancelToken token = new CancelToken();
        cancel = token;
        RemedyPlan p = plan;
        job = executor.submit(BackgroundJob.<ApplyResult>of("remedy-undo", x -> p.undo(listener(), token))
                .onSuccess(r -> {
                    LOG.info("remedy {} undo: {} - {}", remedy.key(), r.outcome(), r.message());
                    message.set(r.message());
                    status.set(r.done() ? WizardStatus.UNDONE : WizardStatus.UNDO_FAILED);
                    onChanged.run();
                })
                .onFailure(e -> {
                    message.set(t.get("wizard.undoFailed", text(e)));
                    status.set(WizardStatus.UNDO_FAILED);
                    onChanged.run();
                }));
    }

    public boolean canUndo() {
        WizardStatus s = status.get();
        return plan != null && (s == WizardStatus.VERIFIED || s == WizardStatus.NOT_FIXED) && plan.canUndo();
    }

    /** Cancel during a run: the plan rolls back what it had done. */
    public void cancel() {
        if (cancel != null) {
            cancel.cancel();
        }
        if (job != null && status.get() == WizardStatus.LOADING) {
            job.cancel();
        }
    }

    private PlanListener listener() {
        return new PlanListener() {
            @Override
            public void stepStarted(Step s) {
                executor.onUi(() -> log.add("▶ " + s.title()));
            }

            @Override
            public void log(String line) {
                LOG.info("[{}] {}", remedy.key(), line);
                executor.onUi(() -> log.add(line));
            }

            @Override
            public void containerProgress(ContainerProgress p) {
                ContainerChoices c = containers.get();
                if (c != null) {
                    executor.onUi(() -> c.progress(p));
                }
            }

            @Override
            public void stepFinished(Step s, StepStatus st) {
                executor.onUi(() -> log.add(t.get("wizard.stepFinished", s.title(), t.get("stepStatus." + st.name().toLowerCase()))));
            }
        };
    }

    /** The facts the fix changed (unchanged ones are not news; the log has everything). */
    static List<FactChange> changes(Verification v) {
        Set<String> keys = new LinkedHashSet<>(v.before().rows().keySet());
        keys.addAll(v.after().rows().keySet());
        List<FactChange> out = new ArrayList<>();
        for (String k : keys) {
            FactChange c = new FactChange(k, v.before().fact(k), v.after().fact(k));
            if (c.changed()) {
                out.add(c);
            }
        }
        return out;
    }

    private static String text(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    public RemedyId remedy() {
        return remedy;
    }

    public TargetFacts target() {
        return target;
    }

    public RemedyPlan plan() {
        return plan;
    }

    public ObjectProperty<WizardStep> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<WizardStatus> statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }

    public ObservableList<Step> steps() {
        return steps;
    }

    public ObservableList<String> log() {
        return log;
    }

    public ObservableList<FactChange> changes() {
        return changes;
    }

    public BooleanProperty consentProperty() {
        return consent;
    }

    /** The containers the plan saves and restores, or null. */
    public ReadOnlyObjectProperty<ContainerChoices> containersProperty() {
        return containers;
    }

    public ReadOnlyObjectProperty<Verification> verificationProperty() {
        return verification;
    }
}
