package dev.sysboxdoctor.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Ikonli icons sized to follow the root font size (so they scale at 125%/150%). */
public final class Icons {
    private Icons() {}

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
