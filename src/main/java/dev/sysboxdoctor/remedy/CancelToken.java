package dev.sysboxdoctor.remedy;

/** Cancel from another thread (the wizard's Cancel button). Interrupting the worker thread works too. */
public final class CancelToken {
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }
}
