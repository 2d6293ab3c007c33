package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ContainerSave;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.image.SaveAllListener;
import dev.sysboxdoctor.image.SaveAllOutcome;
import dev.sysboxdoctor.image.SaveAllProgress;
import dev.sysboxdoctor.image.SaveAllRequest;
import dev.sysboxdoctor.ui.UiServices;
import dev.sysboxdoctor.ui.common.BackgroundJob;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.TaskExecutor;
import java.util.function.Supplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Save all": every Sysbox container saved as a verified backup image, one after another, in the
 * background with overall progress and cancel (the finished backups stay when cancelled).
 */
public final class SaveAllViewModel {
    private final UiServices services;
    private final TaskExecutor executor;
    private final Supplier<String> dockerHost;
    private final Supplier<I18n> t;
    private final SimpleBooleanProperty running = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private final DoubleProperty fraction = new SimpleDoubleProperty(0);
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private volatile CancelToken cancel;
    private Runnable onFinished = () -> { };

    public SaveAllViewModel(UiServices services, TaskExecutor executor, Supplier<String> dockerHost, Supplier<I18n> t) {
        this.services = services;
        this.executor = executor;
        this.dockerHost = dockerHost;
        this.t = t;
    }

    /** Runs after each run (on the UI thread), e.g. to list the containers and images again. */
    public void setOnFinished(Runnable r) {
        onFinished = r;
    }

    public void start() {
        if (running.get()) {
            return;
        }
        I18n i = t.get();
        running.set(true);
        results.clear();
        fraction.set(-1);
        status.set(i.get("saveAll.starting"));
        CancelToken token = new CancelToken();
        cancel = token;
        String host = dockerHost.get();
        executor.submit(BackgroundJob.<SaveAllOutcome>of("save-all", p -> {
            try (ImageService images = services.images(host)) {
                return images.saveAll(SaveAllRequest.all(null), new SaveAllListener() {
                    @Override
                    public void onProgress(SaveAllProgress pr) {
                        double step = Math.max(0, pr.step().fraction());
                        double overall = (pr.index() - 1 + step) / Math.max(1, pr.total());
                        executor.onUi(() -> {
                            fraction.set(overall);
                            status.set(i.get("saveAll.progress", pr.headline(), ProgressText.of(i, pr.step())));
                        });
                    }

                    @Override
                    public void onContainerDone(int index, int total, ContainerSave r) {
                        executor.onUi(() -> results.add(line(i, r)));
                    }
                }, token);
            }
        }).onSuccess(o -> {
            running.set(false);
            fraction.set(1);
            status.set(o.cancelled() ? i.get("saveAll.cancelled", o.saved().size())
                    : o.total() == 0 ? i.get("saveAll.none")
                    : o.allSaved() ? i.get("saveAll.done", o.saved().size()) : i.get("saveAll.someFailed", o.saved().size(), o.failed().size()));
            onFinished.run();
        }).onFailure(e -> {
            running.set(false);
            fraction.set(0);
            status.set(i.get("saveAll.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            onFinished.run();
        }).onCancelled(() -> {
            running.set(false);
            status.set(i.get("saveAll.cancelled", 0));
        }));
    }

    private static String line(I18n i, ContainerSave r) {
        return r.saved() ? i.get("saveAll.saved", r.container().name(), r.tag()) : i.get("saveAll.notSaved", r.container().name(), r.reason());
    }

    public void cancel() {
        CancelToken c = cancel;
        if (c != null) {
            c.cancel();
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** 0..1, or -1 while unknown. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    /** One line per container: saved as TAG, or not saved and why. */
    public ObservableList<String> results() {
        return results;
    }
}
