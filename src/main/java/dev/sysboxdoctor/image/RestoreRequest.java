package dev.sysboxdoctor.image;

import java.util.Objects;

/**
 * Recreate a container from its verified backup.
 *
 * @param image     the backup image (name or id)
 * @param container the container to replace (name or id): it gives the configuration, is renamed
 *                  {@code NAME.before-restore-<UTC yyyyMMdd-HHmmss>} and kept
 */
public record RestoreRequest(String image, String container) {
    public RestoreRequest {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(container, "container");
    }
}
