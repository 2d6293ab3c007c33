package dev.sysboxdoctor.remedy;

/**
 * Cancel from another thread (the wizard's Cancel button). While a plan runs a step, cancel()
 * also interrupts the worker thread, so the running command's process tree is killed at once
 * (CommandRunner); rollbacks are not interrupted. Interrupting the worker thread directly works too.
 */
public final class CancelToken {
    private volatile boolean cancelled;
    private Thread worker;

    public void cancel() {
        cancelled = true;
        synchronized (this) {
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /** The thread running a step, interrupted by cancel(); null while nothing may be interrupted. */
    synchronized void bind(Thread t) {
        worker = t;
    }
}
