package dev.sysboxdoctor.remedy;

/**
 * Cancel from another thread (the wizard's Cancel button). While a plan runs a step, cancel()
 * also interrupts the worker thread, so the running command's process tree is killed at once
 * (CommandRunner); rollbacks are not interrupted. Interrupting the worker thread directly works too.
 */
public final class CancelToken {
    private volatile boolean cancelled;
    private Thread worker;
    private final java.util.List<Runnable> onCancel = new java.util.ArrayList<>();

    public void cancel() {
        java.util.List<Runnable> hooks;
        synchronized (this) {
            cancelled = true;
            if (worker != null) {
                worker.interrupt();
            }
            hooks = new java.util.ArrayList<>(onCancel);
            onCancel.clear();
        }
        hooks.forEach(Runnable::run);
    }

    /**
     * Runs {@code hook} on cancel (at once when already cancelled), e.g. to cancel work that an
     * interrupt does not reach (an engine stream). Closing the handle unregisters it.
     */
    public AutoCloseable onCancel(Runnable hook) {
        boolean now;
        synchronized (this) {
            now = cancelled;
            if (!now) {
                onCancel.add(hook);
            }
        }
        if (now) {
            hook.run();
        }
        return () -> {
            synchronized (this) {
                onCancel.remove(hook);
            }
        };
    }

    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    /** The thread running a step, interrupted by cancel(); null while nothing may be interrupted. */
    synchronized void bind(Thread t) {
        worker = t;
    }
}
