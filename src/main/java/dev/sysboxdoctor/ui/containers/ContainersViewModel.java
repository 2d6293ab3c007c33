package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.ui.UiServices;
import dev.sysboxdoctor.ui.common.BackgroundJob;
import dev.sysboxdoctor.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Containers page: the engine's containers with runtime and state, loaded in the background. */
public final class ContainersViewModel {
    private final UiServices services;
    private final TaskExecutor executor;
    private final Supplier<String> dockerHost;
    private final ObservableList<ContainerInfo> containers = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> failure = new SimpleObjectProperty<>();
    private final ObjectProperty<ContainerInfo> selected = new SimpleObjectProperty<>();
    /** The diagnosed target clones Sysbox root filesystems: its Sysbox containers lose their changes when Sysbox stops. */
    private final BooleanProperty sysboxChangesAtRisk = new SimpleBooleanProperty(false);
    private boolean loadedOnce;

    /** @param dockerHost the Settings endpoint, or null for the default engine */
    public ContainersViewModel(UiServices services, TaskExecutor executor, Supplier<String> dockerHost) {
        this.services = services;
        this.executor = executor;
        this.dockerHost = dockerHost;
    }

    public void refresh() {
        if (loading.get()) {
            return;
        }
        loadedOnce = true;
        loading.set(true);
        failure.set(null);
        String host = dockerHost.get();
        executor.submit(BackgroundJob.<List<ContainerInfo>>of("containers", p -> {
            try (ImageService images = services.images(host)) {
                return images.listContainers();
            }
        }).onSuccess(list -> {
            String keep = selected.get() == null ? null : selected.get().id();
            containers.setAll(list);
            selected.set(list.stream().filter(c -> c.id().equals(keep)).findFirst().orElse(null));
            loading.set(false);
        }).onFailure(e -> {
            containers.clear();
            failure.set(e);
            loading.set(false);
        }).onCancelled(() -> loading.set(false)));
    }

    /** Loads the list the first time the page is shown. */
    public void refreshIfNeverLoaded() {
        if (!loadedOnce) {
            refresh();
        }
    }

    /** The engine changed: the list is stale and is loaded again the next time the page shows. */
    public void invalidate() {
        loadedOnce = false;
        containers.clear();
        selected.set(null);
    }

    public ObservableList<ContainerInfo> containers() {
        return containers;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure;
    }

    public ObjectProperty<ContainerInfo> selectedProperty() {
        return selected;
    }

    public BooleanProperty sysboxChangesAtRiskProperty() {
        return sysboxChangesAtRisk;
    }

    /** A Sysbox container whose changes live only in a rootfs clone (lost when Sysbox stops). */
    public boolean atRisk(ContainerInfo c) {
        return c != null && c.sysbox() && sysboxChangesAtRisk.get();
    }

    public String dockerHost() {
        return dockerHost.get();
    }
}
