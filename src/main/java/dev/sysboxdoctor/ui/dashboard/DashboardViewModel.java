package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.InspectionListener;
import dev.sysboxdoctor.inspect.MachineFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.Vantage;
import dev.sysboxdoctor.inspect.WslConfigFacts;
import dev.sysboxdoctor.inspect.WslDistro;
import dev.sysboxdoctor.inspect.WslFacts;
import dev.sysboxdoctor.ui.UiServices;
import dev.sysboxdoctor.ui.common.BackgroundJob;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
 * The dashboard's state: runs inspect + diagnose in the background and fills in as each piece
 * arrives (WSL first, then each target), re-diagnosing the partial facts every time (the
 * diagnoser is pure and fast). Everything here changes on the UI thread only.
 */
public final class DashboardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DashboardViewModel.class);

    private final UiServices services;
    private final TaskExecutor executor;
    private final Supplier<InspectOptions> options;
    private final Clock clock;
    private I18n t;

    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty progress = new SimpleStringProperty("");
    private final ObjectProperty<Diagnosis> diagnosis = new SimpleObjectProperty<>();
    private final ObjectProperty<Diagnosis> finalDiagnosis = new SimpleObjectProperty<>();
    private final ObjectProperty<Instant> lastRun = new SimpleObjectProperty<>();
    private final ObjectProperty<Duration> lastRunTook = new SimpleObjectProperty<>();
    private final ObjectProperty<Verdict> verdict = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<Freshness> freshness = new SimpleObjectProperty<>(Freshness.CURRENT);
    private final BooleanProperty cancelledBeforeResult = new SimpleBooleanProperty(false);
    private final ObservableList<String> targetNames = FXCollections.observableArrayList();
    private final StringProperty selectedTarget = new SimpleStringProperty();
    private final ObservableList<StatusCard> cards = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();

    // What has arrived during the current run (UI thread only).
    private WslFacts wsl;
    private WslConfigFacts wslConfig;
    private final Map<String, TargetFacts> arrived = new LinkedHashMap<>();
    private TaskExecutor.Running job;
    private int generation;
    private boolean userPicked;
    private boolean selectingForUser;
    /** A re-run: the previous complete result stays on screen instead of partial pictures. */
    private boolean keepPrevious;

    public DashboardViewModel(UiServices services, TaskExecutor executor, Supplier<InspectOptions> options, I18n t, Clock clock) {
        this.services = services;
        this.executor = executor;
        this.options = options;
        this.t = t;
        this.clock = clock;
        selectedTarget.addListener((obs, old, now) -> {
            if (!selectingForUser) {
                userPicked = now != null;
            }
            refreshSelection();
        });
        refreshSelection();
    }

    /** Starts a diagnosis (cancelling one still running). */
    public void run() {
        if (job != null && !job.isDone()) {
            job.cancel();
        }
        int gen = ++generation;
        wsl = null;
        wslConfig = null;
        arrived.clear();
        failure.set(null);
        cancelledBeforeResult.set(false);
        keepPrevious = finalDiagnosis.get() != null;
        freshness.set(keepPrevious ? Freshness.REFRESHING : Freshness.CURRENT);
        running.set(true);
        progress.set(t.get("dashboard.progress.starting"));
        InspectOptions opts = options.get();
        Instant started = clock.instant();
        LOG.info("diagnosis started ({}; engine {})", opts.address().wslExe() != null ? "through " + opts.address().wslExe() : "this machine",
                opts.dockerHost() != null ? opts.dockerHost() : "from DOCKER_HOST or the local socket");
        refreshPartial(opts);
        InspectionListener listener = new InspectionListener() {
            @Override
            public void onStep(dev.sysboxdoctor.inspect.InspectionStep step, String subject) {
                executor.onUi(() -> {
                    if (gen == generation) {
                        progress.set(t.get("progress." + step.name().toLowerCase(Locale.ROOT), subject));
                    }
                });
            }

            @Override
            public void onWsl(WslFacts w) {
                executor.onUi(() -> {
                    if (gen == generation) {
                        wsl = w;
                        refreshPartial(opts);
                    }
                });
            }

            @Override
            public void onWslConfig(WslConfigFacts c) {
                executor.onUi(() -> {
                    if (gen == generation) {
                        wslConfig = c;
                    }
                });
            }

            @Override
            public void onTarget(TargetFacts target) {
                executor.onUi(() -> {
                    if (gen == generation) {
                        arrived.put(target.name(), target);
                        refreshPartial(opts);
                    }
                });
            }
        };
        job = executor.submit(BackgroundJob.<Diagnosis>of("diagnosis", p -> {
            MachineFacts facts = services.inspector().inspect(opts, listener);
            return services.diagnoser().diagnose(facts);
        }).onSuccess(d -> {
            if (gen != generation) {
                return;
            }
            progress.set("");
            lastRunTook.set(Duration.between(started, clock.instant())); // what the user waited
            lastRun.set(d.inspectedAt() != null ? d.inspectedAt() : started);
            keepPrevious = false;
            freshness.set(Freshness.CURRENT);
            finalDiagnosis.set(d);
            show(d);
            d.targets().forEach(v -> LOG.info("diagnosis: {} mode {} commit {}", v.name(), v.mode(), v.commitRisk()));
            LOG.info("diagnosis finished in {} ms with {} findings", lastRunTook.get().toMillis(), d.findings().size());
            running.set(false); // last: whoever waits for the end sees everything else already set
            refreshSelection();
        }).onFailure(e -> {
            if (gen != generation) {
                return;
            }
            LOG.warn("diagnosis failed", e);
            running.set(false);
            progress.set("");
            if (keepPrevious) {
                freshness.set(Freshness.NOT_REFRESHED_FAILED); // the last complete result stays, marked
            } else {
                failure.set(e);
            }
            refreshSelection();
        }).onCancelled(() -> {
            if (gen == generation) {
                LOG.info("diagnosis cancelled");
                running.set(false);
                progress.set("");
                if (keepPrevious) {
                    freshness.set(Freshness.NOT_REFRESHED_CANCELLED);
                } else {
                    cancelledBeforeResult.set(true);
                }
                refreshSelection();
            }
        }));
    }

    public void cancel() {
        if (job != null && !job.isDone()) {
            job.cancel();
        }
    }

    /** A setting the shown result rests on changed: say so until the next run. */
    public void markOutOfDate() {
        if (finalDiagnosis.get() != null && !running.get()) {
            freshness.set(Freshness.OUT_OF_DATE);
        }
    }

    /** The language changed: rebuild the texts. */
    public void setI18n(I18n i18n) {
        this.t = i18n;
        refreshSelection();
    }

    private void refreshPartial(InspectOptions opts) {
        if (keepPrevious) {
            return; // a re-run: the previous result stays until the new one is complete
        }
        if (arrived.isEmpty()) {
            // No target judged yet: a diagnosis now would say "nothing to inspect", which is not known.
            diagnosis.set(null);
            showNames(new ArrayList<>());
            refreshSelection();
            return;
        }
        MachineFacts partial = new MachineFacts(clock.instant(), Duration.ZERO,
                opts.address().wslExe() != null ? Vantage.WSL_EXE : Vantage.LOCAL, wsl, wslConfig, new ArrayList<>(arrived.values()), List.of());
        try {
            show(services.diagnoser().diagnose(partial));
        } catch (RuntimeException e) {
            // A partial picture the diagnoser cannot handle yet: wait for more facts.
            LOG.debug("partial diagnosis failed", e);
            refreshSelection();
        }
    }

    private void show(Diagnosis d) {
        diagnosis.set(d);
        List<String> names = new ArrayList<>();
        d.targets().forEach(v -> names.add(v.name()));
        showNames(names);
        if (!userPicked || selectedTarget.get() == null || !names.contains(selectedTarget.get())) {
            String preferred = preferredTarget(d, names);
            if (!Objects.equals(preferred, selectedTarget.get())) {
                selectingForUser = true;
                try {
                    selectedTarget.set(preferred);
                } finally {
                    selectingForUser = false;
                }
            }
        }
        refreshSelection();
    }

    private void showNames(List<String> names) {
        if (running.get() && wsl != null) {
            // Distros still being inspected appear at once, pending.
            wsl.userDistros().stream().map(WslDistro::name).filter(n -> !names.contains(n)).forEach(names::add);
        }
        if (!names.equals(targetNames)) {
            targetNames.setAll(names);
        }
    }

    /**
     * Until the user picks one: the worst target first (a broken one is what the user must see),
     * then the default distro, then the first.
     */
    private String preferredTarget(Diagnosis d, List<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        String defaultDistro = d.wsl() == null ? null : d.wsl().defaultDistro();
        return d.targets().stream()
                .min(Comparator.comparingInt((TargetVerdict v) -> riskRank(v.commitRisk()))
                        .thenComparing(v -> !v.name().equals(defaultDistro)))
                .map(TargetVerdict::name).orElse(names.contains(defaultDistro) ? defaultDistro : names.get(0));
    }

    private static int riskRank(CommitRisk r) {
        return switch (r) {
            case BROKEN -> 0;
            case UNKNOWN -> 1;
            case SAFE -> 2;
            case NOT_APPLICABLE -> 3;
        };
    }

    private void refreshSelection() {
        Diagnosis d = diagnosis.get();
        String target = selectedTarget.get();
        TargetVerdict v = d == null || target == null ? null : d.target(target);
        List<Finding> relevant = new ArrayList<>();
        if (d != null) {
            d.findings().stream().filter(f -> f.target() == null || Objects.equals(f.target(), target)).forEach(relevant::add);
            relevant.sort(Comparator.comparing(Finding::severity));
        }
        findings.setAll(relevant);
        if (keepPrevious || freshness.get() != Freshness.CURRENT) {
            // The previous run's facts go with the previous result on screen.
            WslFacts shownWsl = d == null ? null : d.wsl();
            cards.setAll(new CardsBuilder(t).build(shownWsl, options.get().address().wslExe() != null || shownWsl != null,
                    shownWsl == null ? null : distroOf(shownWsl, target), v, relevant, false));
            verdict.set(new VerdictBuilder(t).build(target, v, relevant, false));
            return;
        }
        WslDistro distro = wsl == null || target == null ? (d != null && d.wsl() != null ? distroOf(d.wsl(), target) : null)
                : distroOf(wsl, target);
        WslFacts w = wsl != null ? wsl : d == null ? null : d.wsl();
        boolean wslAsked = options.get().address().wslExe() != null || w != null;
        cards.setAll(new CardsBuilder(t).build(w, wslAsked, distro, v, relevant, running.get()));
        if (failure.get() != null) {
            verdict.set(new Verdict(Verdict.Level.FAILED, t.get("verdict.failed"), t.get("verdict.failedBasis")));
        } else if (cancelledBeforeResult.get()) {
            verdict.set(new Verdict(Verdict.Level.UNKNOWN, t.get("verdict.cancelled"), t.get("verdict.cancelledBasis")));
        } else {
            verdict.set(new VerdictBuilder(t).build(target, v, relevant, running.get()));
        }
    }

    private static WslDistro distroOf(WslFacts w, String name) {
        return name == null ? null : w.distros().stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
    }

    /** The state wsl.exe reports for a distro ("Running", "Stopped"), or null for other targets. */
    public String distroState(String name) {
        WslFacts w = wsl != null ? wsl : diagnosis.get() == null ? null : diagnosis.get().wsl();
        WslDistro d = w == null ? null : distroOf(w, name);
        return d == null ? null : d.state();
    }

    /** The target the wizard and the Containers page act on. */
    public TargetFacts selectedTargetFacts() {
        Diagnosis d = diagnosis.get();
        TargetVerdict v = d == null || selectedTarget.get() == null ? null : d.target(selectedTarget.get());
        return v == null ? null : v.facts();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis;
    }

    /** Set once per completed run (not for partial pictures). */
    public ReadOnlyObjectProperty<Diagnosis> finalDiagnosisProperty() {
        return finalDiagnosis;
    }

    public ReadOnlyObjectProperty<Instant> lastRunProperty() {
        return lastRun;
    }

    public ReadOnlyObjectProperty<Duration> lastRunTookProperty() {
        return lastRunTook;
    }

    public ReadOnlyObjectProperty<Verdict> verdictProperty() {
        return verdict;
    }

    /** Whether the result on screen is the last run's, a kept one during a re-run, or an older one. */
    public ReadOnlyObjectProperty<Freshness> freshnessProperty() {
        return freshness;
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    public ObservableList<String> targetNames() {
        return targetNames;
    }

    public StringProperty selectedTargetProperty() {
        return selectedTarget;
    }

    public ObservableList<StatusCard> cards() {
        return cards;
    }

    /** Findings of the selected target and machine-wide ones, worst first. */
    public ObservableList<Finding> findings() {
        return findings;
    }
}
