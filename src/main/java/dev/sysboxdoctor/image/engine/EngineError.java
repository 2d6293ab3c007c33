package dev.sysboxdoctor.image.engine;

/** The engine answered with an error status; {@code message} is the engine's own text. */
public final class EngineError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public EngineError(int status, String message, String path) {
        super(message + " (HTTP " + status + " " + path.replaceAll("\\?.*", "") + ")");
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean notFound() {
        return status == 404;
    }
}
