package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.ui.common.UiTaskExecutor;
import dev.sysboxdoctor.ui.log.FileLogging;
import dev.sysboxdoctor.ui.settings.SettingsStore;
import java.time.Clock;
import java.util.Locale;
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

    private MainWindow window;

    /** Must be called before {@code Application.launch}. */
    public static void use(UiServices s) {
        services = s;
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
        FileLogging.install(s.dirs().logFile());
        LOG.info("Sysbox Doctor {} starting; logs in {}", version, s.dirs().logDir());
        AppContext ctx = new AppContext(s, new UiTaskExecutor(), new SettingsStore(s.dirs().settingsDir()).load(),
                Locale.getDefault(), Clock.systemDefaultZone());
        ctx.setLinkOpener(url -> getHostServices().showDocument(url));
        window = new MainWindow(ctx, stage);
        stage.setScene(window.scene());
        AppIcon.addTo(stage);
        // The smallest window in which every page shows its buttons whole at 100 % text size.
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> onMainWindowShown.run());
        stage.show();
        boolean diagnose = diagnoseOnStart;
        window.afterFirstFrame(() -> {
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
