package dev.sysboxdoctor.image;

import java.util.Objects;

/**
 * Recreate a container from its verified backup.
 *
 * @param image  the backup image (name or id)
 * @param container the container to replace (name or id): it gives the configuration, is renamed
 *               {@code NAME.before-restore-<UTC yyyyMMdd-HHmmss>} and kept
 * @param startEvenIfStopped start the new container even when the old one is stopped (e.g. Sysbox
 *               stopping stopped it); otherwise it is started only when the old one runs
 */
public record RestoreRequest(String image, String container, boolean startEvenIfStopped) {
    public RestoreRequest {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(container, "container");
    }

    /** Started only when the old container runs. */
    public RestoreRequest(String image, String container) {
        this(image, container, false);
    }
}
