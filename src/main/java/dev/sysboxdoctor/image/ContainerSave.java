package dev.sysboxdoctor.image;

/**
 * One container's part of a save-all run.
 *
 * @param container the container
 * @param tag       the backup tag; it exists only when {@link #saved()}
 * @param outcome   the save's outcome; null when the save ended before one existed (see {@code reason})
 * @param reason    why it was not saved; null when saved
 */
public record ContainerSave(ContainerInfo container, String tag, SaveOutcome outcome, String reason) {
    public boolean saved() {
        return reason == null && outcome != null && outcome.saved();
    }

    /** The method that made the verified image; null when not saved. */
    public Strategy method() {
        return saved() ? outcome.usedStrategy() : null;
    }

    /** The verified image's id; null when not saved. */
    public String imageId() {
        return saved() ? outcome.imageId() : null;
    }
}
