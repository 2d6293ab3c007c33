package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.TaskExecutor;
import dev.sysboxdoctor.ui.settings.Settings;
import dev.sysboxdoctor.ui.settings.SettingsStore;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** What every page shares: the services, the task executor, the settings and the current language. */
public final class AppContext {
    private final UiServices services;
    private final TaskExecutor executor;
    private final SettingsStore settingsStore;
    private final Clock clock;
    private final Locale systemLocale;
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>();
    private final ObjectProperty<I18n> i18n = new SimpleObjectProperty<>();
    private Consumer<String> linkOpener = url -> { };
    private final StringProperty notice = new SimpleStringProperty("");
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AppContext.class);
    private final List<Runnable> onShutdown = new CopyOnWriteArrayList<>();

    public AppContext(UiServices services, TaskExecutor executor, Settings initial, Locale systemLocale, Clock clock) {
        this.services = services;
        this.executor = executor;
        this.settingsStore = new SettingsStore(services.dirs().settingsDir());
        this.clock = clock;
        this.systemLocale = systemLocale;
        settings.set(initial);
        i18n.set(I18n.forLanguage(initial.language(), systemLocale));
        settings.addListener((obs, old, now) -> {
            if (old == null || !old.language().equals(now.language())) {
                i18n.set(I18n.forLanguage(now.language(), systemLocale));
            }
        });
    }

    /** Says what just happened (copied, saved where): the main window shows it for a while, the log keeps it. */
    public void notice(String message) {
        LOG.info("{}", message);
        notice.set("");
        notice.set(message);
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public UiServices services() {
        return services;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    public Clock clock() {
        return clock;
    }

    public Locale systemLocale() {
        return systemLocale;
    }

    public ObjectProperty<Settings> settingsProperty() {
        return settings;
    }

    public ObjectProperty<I18n> i18nProperty() {
        return i18n;
    }

    public I18n t() {
        return i18n.get();
    }

    /** The services' inspect options with the Settings engine endpoint applied. */
    public InspectOptions inspectOptions() {
        InspectOptions base = services.inspectOptions();
        String endpoint = settings.get().engineEndpoint();
        return endpoint.isBlank() ? base : base.withDockerHost(endpoint);
    }

    /** Runs when the window closes, before the executor stops (e.g. cancel a save so its temporary images go). */
    public void onShutdown(Runnable action) {
        onShutdown.add(action);
    }

    void runShutdownActions() {
        onShutdown.forEach(Runnable::run);
    }

    public void openLink(String url) {
        linkOpener.accept(url);
    }

    public void setLinkOpener(Consumer<String> opener) {
        this.linkOpener = opener;
    }
}
