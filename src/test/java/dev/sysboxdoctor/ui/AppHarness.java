package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.ui.settings.Settings;
import dev.sysboxdoctor.ui.settings.SettingsStore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real application class over test services, headless, and finds things in it. */
public final class AppHarness implements AutoCloseable {
    private final SysboxDoctorApp app;
    public final FxRobot robot = new FxRobot();

    private AppHarness(SysboxDoctorApp app) {
        this.app = app;
    }

    /** Opens the window; {@code settings} are saved first (language, theme, text size) as a user would have. */
    public static AppHarness start(UiServices services, Settings settings, boolean diagnoseOnStart) throws Exception {
        new SettingsStore(services.dirs().settingsDir()).save(settings);
        SysboxDoctorApp.use(services);
        SysboxDoctorApp.setVersion(dev.sysboxdoctor.app.AppVersion.get());
        SysboxDoctorApp.setDiagnoseOnStart(diagnoseOnStart);
        Stage primary = FxToolkit.registerPrimaryStage();
        SysboxDoctorApp app = (SysboxDoctorApp) FxToolkit.setupApplication(SysboxDoctorApp::new);
        WaitForAsyncUtils.waitForFxEvents();
        if (!primary.isShowing()) {
            throw new IllegalStateException("main window did not open");
        }
        return new AppHarness(app);
    }

    public MainWindow window() {
        return app.window();
    }

    /** Looks up on the FX thread, so the scene graph is never read while it is being rebuilt. */
    public <T extends Node> T node(String query) {
        settle();
        return onFx(() -> robot.lookup(query).<T>query());
    }

    public String text(String query) {
        settle();
        return onFx(() -> textNow(query));
    }

    /** Lets layout and CSS pulses run: a ScrollPane shows its content only once it has its skin. */
    private static void settle() {
        if (!javafx.application.Platform.isFxApplicationThread()) {
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    private String textNow(String query) {
        Node n = robot.lookup(query).query();
        if (n instanceof javafx.scene.control.TextInputControl in) {
            return in.getText();
        }
        // What a reader sees: without the invisible break marks (ui.common.Wrapping).
        return n instanceof Labeled l ? dev.sysboxdoctor.ui.common.Wrapping.plain(l.getText()) : String.valueOf(n);
    }

    /** Polls {@code condition} on the FX thread until it holds. */
    public static void waitUntil(long seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            settle();
            return onFx(condition::getAsBoolean);
        });
        settle();
    }

    static <T> T onFx(java.util.concurrent.Callable<T> c) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Focuses a control the way Tab would (the page scrolls to it), then clicks it. */
    public void focusAndClick(String query) throws Exception {
        Node n = node(query);
        fx(n::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(n);
    }

    /** Focuses a control and presses Space, as a keyboard user would. */
    public void focusAndPressSpace(String query) {
        Node n = node(query);
        fx(n::requestFocus);
        robot.push(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void fx(Runnable r) {
        robot.interact(r);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        SysboxDoctorApp.setDiagnoseOnStart(true);
    }
}
