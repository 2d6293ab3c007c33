package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.ui.common.Icons;
import dev.sysboxdoctor.ui.common.UiTaskExecutor;
import dev.sysboxdoctor.ui.log.FileLogging;
import dev.sysboxdoctor.ui.settings.Settings;
import dev.sysboxdoctor.ui.settings.SettingsStore;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: the main window "Sysbox Doctor". The services are handed over before
 * launch with {@link #use(UiServices)} (the launcher does it from {@code app.Services}; tests pass
 * fixture-backed ones).
 */
public class SysboxDoctorApp extends Application {
    public static final String TITLE = "Sysbox Doctor";
    public static final double MIN_WIDTH = 860;
    public static final double MIN_HEIGHT = 580;
    private static final Logger LOG = LoggerFactory.getLogger(SysboxDoctorApp.class);
    private static volatile UiServices services;
    private static volatile String version = "";
    private static volatile boolean diagnoseOnStart = true;
    /** Runs when the main window is on screen; the launcher sets it for the start-up benchmark. */
    private static volatile Runnable onMainWindowShown = () -> { };
    private static volatile CompletableFuture<Prepared> prepared;

    private MainWindow window;

    /** Must be called before {@code Application.launch}. */
    public static void use(UiServices s) {
        services = s;
    }

    /**
     * Starts, on a thread of its own, what the first window needs but the JavaFX toolkit does not
     * (the log file, the settings, the texts, the icon font), so that it runs on the second core while
     * {@code Application.launch} brings the toolkit up (~0.5 s in which that core idles). Call after
     * {@link #use}, right before launch; without it the window prepares the same on its own thread.
     */
    public static void prepareInBackground() {
        UiServices s = services;
        prepared = CompletableFuture.supplyAsync(() -> prepare(s), job -> {
            Thread t = new Thread(job, "sd-prepare");
            t.setDaemon(true);
            t.start();
        });
    }

    /** What {@link #start} needs besides the toolkit. */
    private record Prepared(Settings settings) {}

    private static Prepared prepare(UiServices s) {
        FileLogging.install(s.dirs().logFile());
        Settings settings = new SettingsStore(s.dirs().settingsDir()).load();
        I18n.forLanguage(settings.language(), Locale.getDefault()); // the bundles, cached for the window
        Icons.warmUp();
        return new Prepared(settings);
    }

    public static void setVersion(String v) {
        version = v == null ? "" : v;
    }

    public static String version() {
        return version;
    }

    public static void setOnMainWindowShown(Runnable action) {
        onMainWindowShown = action;
    }

    /** Tests that drive the first run themselves turn this off. */
    public static void setDiagnoseOnStart(boolean on) {
        diagnoseOnStart = on;
    }

    @Override
    public void start(Stage stage) {
        UiServices s = services;
        if (s == null) {
            throw new IllegalStateException("SysboxDoctorApp.use(services) was not called before launch");
        }
        CompletableFuture<Prepared> early = prepared;
        prepared = null;
        Prepared p = early != null ? early.join() : prepare(s);
        LOG.info("Sysbox Doctor {} starting; logs in {}", version, s.dirs().logDir());
        AppContext ctx = new AppContext(s, new UiTaskExecutor(), p.settings(), Locale.getDefault(), Clock.systemDefaultZone());
        ctx.setLinkOpener(url -> getHostServices().showDocument(url));
        window = new MainWindow(ctx, stage);
        stage.setScene(window.scene());
        // The smallest window in which every page shows its buttons whole at 100 % text size.
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> onMainWindowShown.run());
        stage.show();
        boolean diagnose = diagnoseOnStart;
        window.afterFirstFrame(() -> {
            AppIcon.addTo(stage); // six PNGs to decode: the window manager takes them a moment later
            if (diagnose) {
                window.start();
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }

    /** The running window (tests and the startup hook reach it through here). */
    public MainWindow window() {
        return window;
    }

    /** The window icon from assets/, packaged into the jar by the build. */
    static final class AppIcon {
        private AppIcon() {}

        static void addTo(Stage stage) {
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
                var url = AppIcon.class.getResource("/assets/icon-" + size + ".png");
                if (url != null) {
                    stage.getIcons().add(new Image(url.toExternalForm()));
                }
            }
        }
    }
}
