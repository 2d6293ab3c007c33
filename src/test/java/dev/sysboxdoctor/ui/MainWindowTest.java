package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application class opens its main window, titled and with the app icon. */
class MainWindowTest {
    private javafx.application.Application app;

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void opensTheMainWindowWithTitleAndIcon() throws Exception {
        Stage primary = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(SysboxDoctorApp.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(primary.isShowing()).isTrue();
        assertThat(primary.getTitle()).isEqualTo("Sysbox Doctor");
        assertThat(primary.getIcons()).isNotEmpty();
    }
}
