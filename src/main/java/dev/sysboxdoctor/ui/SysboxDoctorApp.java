package dev.sysboxdoctor.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The JavaFX application: the main window "Sysbox Doctor". */
public class SysboxDoctorApp extends Application {
    public static final String TITLE = "Sysbox Doctor";

    /** Runs when the main window is on screen; the launcher sets it for the start-up benchmark. */
    private static volatile Runnable onMainWindowShown = () -> {};

    public static void setOnMainWindowShown(Runnable action) {
        onMainWindowShown = action;
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle(TITLE);
        AppIcon.addTo(stage);
        stage.setScene(new Scene(new StackPane(new Label(TITLE)), 960, 640));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> onMainWindowShown.run());
        stage.show();
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
