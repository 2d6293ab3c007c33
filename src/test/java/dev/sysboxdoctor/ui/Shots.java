package dev.sysboxdoctor.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves what a window shows as a PNG (docs/screenshots via scripts/screenshots.sh, else target/screenshots). */
final class Shots {
    private Shots() {}

    static Path dir() {
        String configured = System.getProperty("sysboxdoctor.screenshots");
        Path d = configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("project.build.directory", "target"), "screenshots");
        try {
            return Files.createDirectories(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path save(FxRobot robot, Scene scene, String name) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            img.set(scene.snapshot(null));
        });
        Path file = dir().resolve(name + ".png");
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(img.get(), null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
