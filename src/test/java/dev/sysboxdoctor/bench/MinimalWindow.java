package dev.sysboxdoctor.bench;

import java.time.Duration;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The yardstick of bench/startup.sh: the least a JavaFX window costs on the app-image's runtime
 * (one Label). It prints the same "window shown at epoch ms N cpu ms C" line as the app's start-up probe.
 */
public final class MinimalWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Sysbox Doctor"), 1180, 760));
        stage.setTitle("Sysbox Doctor");
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e ->
                System.out.println("minimal: window shown at epoch ms " + System.currentTimeMillis() + " cpu ms "
                        + ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L)));
        stage.show();
    }

    public static void main(String[] args) {
        launch(MinimalWindow.class, args);
    }
}
