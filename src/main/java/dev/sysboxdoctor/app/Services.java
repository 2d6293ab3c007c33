package dev.sysboxdoctor.app;

/**
 * Composition root: every long-lived service is created once here and handed to the CLI and
 * the GUI. Issues add their services as fields.
 */
public final class Services {
    private Services() {}

    public static Services createDefault() {
        return new Services();
    }
}
