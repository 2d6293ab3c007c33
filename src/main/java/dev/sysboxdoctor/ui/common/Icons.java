package dev.sysboxdoctor.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;

/** Ikonli icons sized to follow the root font size (so they scale at 125%/150%). */
public final class Icons {
    private Icons() {}

    /**
     * Makes ikonli ready for the first icon: its resolver's class initialisation looks for icon packs
     * on the whole class path and loads their fonts (~0.2 s). Needs no JavaFX toolkit, so the start
     * does it on another thread while the toolkit comes up.
     */
    public static void warmUp() {
        IkonResolver.getInstance();
    }

    public static FontIcon of(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().add("sd-icon");
        return icon;
    }

    public static FontIcon of(Ikon ikon, String styleClass) {
        FontIcon icon = of(ikon);
        icon.getStyleClass().add(styleClass);
        return icon;
    }
}
