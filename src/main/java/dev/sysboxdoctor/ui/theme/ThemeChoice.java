package dev.sysboxdoctor.ui.theme;

import java.util.Optional;

/** The theme setting: follow the OS, or always light / dark. */
public enum ThemeChoice {
    SYSTEM, LIGHT, DARK;

    public static ThemeChoice parse(String s) {
        for (ThemeChoice c : values()) {
            if (c.name().equalsIgnoreCase(s)) {
                return c;
            }
        }
        return SYSTEM;
    }

    public String key() {
        return name().toLowerCase();
    }

    /** Dark or not, given what the OS said (empty: light, the default). */
    public boolean dark(Optional<Boolean> osPrefersDark) {
        return switch (this) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> osPrefersDark.orElse(false);
        };
    }
}
