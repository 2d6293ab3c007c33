package dev.sysboxdoctor.ui.theme;

import java.util.Optional;

/**
 * Asks the operating system whether the user prefers a dark look. Implemented outside the UI
 * (it runs {@code reg query} or {@code gsettings}); blocking, so call it off the JavaFX thread.
 */
@FunctionalInterface
public interface SystemThemeProbe {
    SystemThemeProbe LIGHT = () -> Optional.of(false);

    /** true: dark; false: light; empty: the OS did not say. */
    Optional<Boolean> prefersDark() throws InterruptedException;
}
