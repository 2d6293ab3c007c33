package dev.sysboxdoctor.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Objects;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Scene;

/**
 * Applies AtlantaFX Primer light or dark and the app's own stylesheet (AtlantaFX sampler's way).
 * The project stays on atlantafx-base 2.0.1, the last release built for Java 17 (2.1.0 is Java 21
 * bytecode); the themes' user-agent stylesheets are its Primer CSS.
 */
public final class ThemeManager {
    private static final PseudoClass DARK = PseudoClass.getPseudoClass("dark");
    private static final String PRIMER_LIGHT = new PrimerLight().getUserAgentStylesheet();
    private static final String PRIMER_DARK = new PrimerDark().getUserAgentStylesheet();
    private static final String APP_CSS = css("/css/sysbox-doctor.css");

    private ThemeManager() {}

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? PRIMER_DARK : PRIMER_LIGHT);
        if (!scene.getStylesheets().contains(APP_CSS)) {
            scene.getStylesheets().add(APP_CSS);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().pseudoClassStateChanged(DARK, dark);
        }
    }

    /** Dialogs have their own scenes: give them the app stylesheet and the dark flag too. */
    public static void style(Scene dialogScene, Scene owner) {
        if (!dialogScene.getStylesheets().contains(APP_CSS)) {
            dialogScene.getStylesheets().add(APP_CSS);
        }
        if (owner != null && owner.getRoot() != null && dialogScene.getRoot() != null) {
            boolean dark = owner.getRoot().getPseudoClassStates().contains(DARK);
            dialogScene.getRoot().pseudoClassStateChanged(DARK, dark);
            dialogScene.getRoot().setStyle(owner.getRoot().getStyle());
            owner.getRoot().getStyleClass().stream().filter(c -> c.startsWith("sd-scale-"))
                    .forEach(c -> dialogScene.getRoot().getStyleClass().add(c));
        }
    }

    private static String css(String resource) {
        return Objects.requireNonNull(ThemeManager.class.getResource(resource), resource).toExternalForm();
    }
}
