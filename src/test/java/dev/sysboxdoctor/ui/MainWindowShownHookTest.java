package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The hook bench/startup.sh relies on runs once the main window is showing, and not before. */
class MainWindowShownHookTest {
    private Application app;

    @AfterEach
    void closeWindows() throws Exception {
        SysboxDoctorApp.setOnMainWindowShown(() -> {});
        SysboxDoctorApp.setDiagnoseOnStart(true);
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @TempDir Path dir;

    @Test
    void runsTheHookWhenTheMainWindowIsShown() throws Exception {
        // The window needs its services (as Main hands them over); no diagnosis is needed here.
        SysboxDoctorApp.use(TestServices.windows(FakeWsl.create(dir.resolve("wsl")).exe(), dir.resolve(".wslconfig"),
                dir.resolve("app"), Duration.ofSeconds(5)));
        SysboxDoctorApp.setDiagnoseOnStart(false);
        Stage primary = FxToolkit.registerPrimaryStage();
        var calls = new AtomicInteger();
        var windowWasShowing = new AtomicBoolean();
        SysboxDoctorApp.setOnMainWindowShown(() -> {
            windowWasShowing.set(primary.isShowing());
            calls.incrementAndGet();
        });

        app = FxToolkit.setupApplication(SysboxDoctorApp.class);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(calls).hasValue(1);
        assertThat(windowWasShowing).isTrue();
    }
}
