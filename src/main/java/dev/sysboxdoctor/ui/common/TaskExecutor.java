package dev.sysboxdoctor.ui.common;

/**
 * Runs background jobs for view-models (JabRef's seam): {@link UiTaskExecutor} on named daemon
 * threads with results delivered on the JavaFX thread, {@link CurrentThreadTaskExecutor} inline
 * for deterministic view-model tests.
 */
public interface TaskExecutor {
    /** Starts {@code job}; its callbacks run on the UI thread. */
    <T> Running submit(BackgroundJob<T> job);

    /** Runs {@code action} on the UI thread (later, or now when already there). */
    void onUi(Runnable action);

    /** Cancels every job still running (the window closes). */
    void shutdown();

    /** A started job: cancel interrupts its thread, which cancels the service call underneath. */
    interface Running {
        void cancel();

        boolean isDone();
    }
}
