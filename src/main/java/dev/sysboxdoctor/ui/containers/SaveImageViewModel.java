package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.image.Progress;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.SaveRequest;
import dev.sysboxdoctor.image.Strategy;
import dev.sysboxdoctor.image.TagCheck;
import dev.sysboxdoctor.ui.UiServices;
import dev.sysboxdoctor.ui.common.BackgroundJob;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Save as image...": the tag checked as it is typed, the strategy (Auto recommended from the
 * diagnosed Sysbox mode), author and message; then the save with progress and cancel, and the
 * verification result. The user's tag only ever points at a verified image.
 */
public final class SaveImageViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(SaveImageViewModel.class);
    private final UiServices services;
    private final TaskExecutor executor;
    private final ContainerInfo container;
    private final SysboxMode modeHint;
    private final String dockerHost;
    private final I18n t;

    private final StringProperty tag = new SimpleStringProperty("");
    private final StringProperty tagMessage = new SimpleStringProperty("");
    private final BooleanProperty tagValid = new SimpleBooleanProperty(false);
    private final ObjectProperty<Strategy> strategy = new SimpleObjectProperty<>(Strategy.AUTO);
    private final StringProperty author = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<SavePhase> phase = new SimpleObjectProperty<>(SavePhase.EDITING);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progressFraction = new SimpleDoubleProperty(-1);
    private final ObjectProperty<SaveOutcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final ObservableList<RefusalRow> differences = FXCollections.observableArrayList();
    private final StringProperty resultText = new SimpleStringProperty("");
    private final BooleanBinding canSave;
    private final AtomicReference<Progress> pendingProgress = new AtomicReference<>();
    private CancelToken cancelToken;
    private TaskExecutor.Running job;

    /**
     * @param modeHint   the diagnosed Sysbox mode of the container's target, null if unknown
     * @param dockerHost the engine endpoint (null: default)
     */
    public SaveImageViewModel(UiServices services, TaskExecutor executor, ContainerInfo container, SysboxMode modeHint,
                              String dockerHost, I18n t) {
        this.services = services;
        this.executor = executor;
        this.container = container;
        this.modeHint = modeHint;
        this.dockerHost = dockerHost;
        this.t = t;
        tag.addListener((obs, old, now) -> checkTag(now));
        tag.set(SuggestedTag.of(container.name().isBlank() ? container.id() : container.name(), LocalDate.now()));
        checkTag(tag.get());
        canSave = Bindings.createBooleanBinding(() -> tagValid.get() && !phase.get().busy()
                && phase.get() != SavePhase.CONFIRM_REPLACE && phase.get() != SavePhase.SAVED, tagValid, phase);
    }

    private void checkTag(String text) {
        if (text == null || text.isBlank()) {
            tagValid.set(false);
            tagMessage.set(t.get("save.tag.empty"));
            return;
        }
        TagCheck check = ImageService.validateTag(text);
        tagValid.set(check.valid());
        tagMessage.set(check.valid() ? t.get("save.tag.ok", check.reference()) : check.message());
    }

    /** The attempt order Auto would use here, e.g. "export/import, then snapshot". */
    public List<Strategy> autoPlan() {
        return ImageService.plan(modeHint, container);
    }

    public String recommendation() {
        List<Strategy> plan = autoPlan();
        String order = String.join(t.get("save.strategy.then"), plan.stream().map(s -> strategyName(t, s)).toList());
        String why = container.sysbox() && modeHint == SysboxMode.ROOTFS_CLONING
                ? t.get("save.recommend.cloning") : container.sysbox() ? t.get("save.recommend.sysbox", modeName())
                : t.get("save.recommend.runc");
        return t.get("save.recommend", order, why);
    }

    private String modeName() {
        return t.findings().mode(modeHint);
    }

    public static String strategyName(I18n t, Strategy s) {
        return t.get("strategy." + s.cliName());
    }

    /** Save pressed: first ask whether the tag exists (confirm before replacing), then save. */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        String reference = ImageService.validateTag(tag.get()).reference();
        phase.set(SavePhase.CHECKING_TAG);
        failure.set(null);
        job = executor.submit(BackgroundJob.<Boolean>of("tag-check", p -> {
            try (ImageService images = services.images(dockerHost)) {
                return images.tagExists(reference);
            }
        }).onSuccess(exists -> {
            if (exists) {
                phase.set(SavePhase.CONFIRM_REPLACE);
            } else {
                startSave(false);
            }
        }).onFailure(this::failed).onCancelled(() -> phase.set(SavePhase.CANCELLED)));
    }

    /** The answer to "replace the existing image tag?". */
    public void confirmReplace(boolean replace) {
        if (phase.get() != SavePhase.CONFIRM_REPLACE) {
            return;
        }
        if (replace) {
            startSave(true);
        } else {
            phase.set(SavePhase.EDITING);
        }
    }

    private void startSave(boolean force) {
        SaveRequest request = SaveRequest.of(container.name().isBlank() ? container.id() : container.name(),
                        ImageService.validateTag(tag.get()).reference(), strategy.get())
                .withModeHint(modeHint).withForce(force)
                .withAuthorAndMessage(blankToNull(author.get()), blankToNull(message.get()));
        CancelToken token = new CancelToken();
        cancelToken = token;
        LOG.info("saving {} as {} with {} (mode hint {}, replace {})", request.container(), request.tag(), request.strategy(),
                modeHint, force);
        phase.set(SavePhase.SAVING);
        outcome.set(null);
        differences.clear();
        resultText.set("");
        progressText.set(t.get("phase.preparing"));
        progressFraction.set(-1);
        job = executor.submit(BackgroundJob.<SaveOutcome>of("save-image", p -> {
            try (ImageService images = services.images(dockerHost)) {
                return images.save(request, this::coalesceProgress, token);
            }
        }).onSuccess(this::finished).onFailure(this::failed).onCancelled(() -> {
            phase.set(SavePhase.CANCELLED);
            resultText.set(t.get("save.cancelled"));
        }));
    }

    /** Called per chunk on the worker: at most one hop to the UI thread is pending, showing the latest report. */
    private void coalesceProgress(Progress p) {
        if (pendingProgress.getAndSet(p) == null) {
            executor.onUi(() -> showProgress(pendingProgress.getAndSet(null)));
        }
    }

    private void showProgress(Progress p) {
        if (p == null) {
            return;
        }
        if (phase.get() == SavePhase.SAVING) {
            progressText.set(ProgressText.of(t, p));
            progressFraction.set(p.fraction());
        }
    }

    private void finished(SaveOutcome o) {
        LOG.info("save of {} as {}: saved={} with {}; {}", container.name(), o.tag(), o.saved(), o.usedStrategy(),
                o.attempts().stream().map(this::attemptText).toList());
        outcome.set(o);
        progressFraction.set(1);
        if (o.saved()) {
            phase.set(SavePhase.SAVED);
            resultText.set(t.get("save.saved", o.tag(), shortId(o.imageId()), strategyName(t, o.usedStrategy())));
            differences.clear();
        } else if (o.result() == SaveOutcome.Result.COULD_NOT_VERIFY) {
            phase.set(SavePhase.NOT_VERIFIED);
            differences.clear();
            resultText.set(t.get("save.notVerified", o.tag(), attemptsSummary(o)));
        } else {
            phase.set(SavePhase.REFUSED);
            differences.setAll(o.attempts().stream().filter(a -> a.verification() != null)
                    .flatMap(a -> a.verification().differences().stream()
                            .map(d -> new RefusalRow(strategyName(t, a.strategy()), d))).toList());
            resultText.set(t.get("save.refused", o.tag(), attemptsSummary(o)));
        }
    }

    private String attemptsSummary(SaveOutcome o) {
        return String.join("; ", o.attempts().stream().map(this::attemptText).toList());
    }

    private String attemptText(SaveAttempt a) {
        String name = strategyName(t, a.strategy());
        if (a.error() != null) {
            return t.get("save.attempt.error", name, a.error());
        }
        return a.passed() ? t.get("save.attempt.passed", name)
                : t.get("save.attempt.failed", name, a.verification().differences().size());
    }

    private void failed(Throwable e) {
        if (e instanceof CancellationException || (e.getCause() instanceof CancellationException)) {
            phase.set(SavePhase.CANCELLED);
            resultText.set(t.get("save.cancelled"));
            return;
        }
        failure.set(e);
        phase.set(SavePhase.FAILED);
        resultText.set(t.get("save.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    }

    public void cancel() {
        if (cancelToken != null) {
            cancelToken.cancel();
        }
        if (job != null) {
            job.cancel();
        }
    }

    private static String shortId(String id) {
        if (id == null) {
            return "";
        }
        String s = id.startsWith("sha256:") ? id.substring(7) : id;
        return s.length() > 12 ? s.substring(0, 12) : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The engine the save goes to (null: DOCKER_HOST or the local one). */
    public String dockerHost() {
        return dockerHost;
    }

    public ContainerInfo container() {
        return container;
    }

    public StringProperty tagProperty() {
        return tag;
    }

    public StringProperty tagMessageProperty() {
        return tagMessage;
    }

    public BooleanProperty tagValidProperty() {
        return tagValid;
    }

    public ObjectProperty<Strategy> strategyProperty() {
        return strategy;
    }

    public StringProperty authorProperty() {
        return author;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyObjectProperty<SavePhase> phaseProperty() {
        return phase;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressFractionProperty() {
        return progressFraction;
    }

    public ReadOnlyObjectProperty<SaveOutcome> outcomeProperty() {
        return outcome;
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    public ObservableList<RefusalRow> differences() {
        return differences;
    }

    public StringProperty resultTextProperty() {
        return resultText;
    }

    public BooleanBinding canSaveBinding() {
        return canSave;
    }
}
