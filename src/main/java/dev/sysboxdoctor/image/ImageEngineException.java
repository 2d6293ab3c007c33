package dev.sysboxdoctor.image;

/** An engine or container problem, with a one-line message fit for users (CLI exit 3, or 2 for TAG_EXISTS). */
public class ImageEngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public enum Kind {
        ENGINE_UNREACHABLE, NO_SUCH_CONTAINER, NO_SUCH_IMAGE, CONTAINER_NOT_RUNNING, NO_TAR_IN_CONTAINER,
        CONTAINER_GONE, TAG_EXISTS, BAD_TAG, ENGINE_ERROR,
        /** A restore would take a name, host port or volume that is not free (nothing was changed). */
        CLASH
    }

    private final Kind kind;

    public ImageEngineException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ImageEngineException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
