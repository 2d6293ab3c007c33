package dev.sysboxdoctor.app;

import dev.sysboxdoctor.image.ImageService;

/**
 * Composition root: every long-lived service is created once here and handed to the CLI and
 * the GUI. Issues add their services as fields.
 */
public final class Services {
    private Services() {}

    public static Services createDefault() {
        return new Services();
    }

    /** The image room (save, verify) over the engine at {@code dockerHost}; null: DOCKER_HOST or the default socket. Close it after use. */
    public ImageService images(String dockerHost) {
        return ImageService.connect(dockerHost);
    }
}
