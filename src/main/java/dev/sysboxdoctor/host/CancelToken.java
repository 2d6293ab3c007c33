package dev.sysboxdoctor.host;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels long work from another thread (a Cancel button, Ctrl-C): a save, a verify, a fix plan.
 * Engine streams block in socket reads that a thread interrupt does not reach, so cancelling closes
 * the streams registered with {@link #closeOnCancel}; and it interrupts the worker thread bound with
 * {@link #bind}, so a running command's process tree is killed at once (CommandRunner). The work
 * then cleans up what it made and stops ({@link #throwIfCancelled()} throws {@link CancellationException}).
 */
public final class CancelToken {
    private static final Logger LOG = LoggerFactory.getLogger(CancelToken.class);
    private final List<AutoCloseable> onCancel = new ArrayList<>();
    private volatile boolean cancelled;
    private Thread worker;

    public static CancelToken none() {
        return new CancelToken();
    }

    public void cancel() {
        List<AutoCloseable> toClose;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toClose = new ArrayList<>(onCancel);
            onCancel.clear();
            if (worker != null) {
                worker.interrupt();
            }
        }
        for (AutoCloseable c : toClose) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing on cancel: {}", e.toString());
            }
        }
    }

    /** The thread to interrupt on cancel (a fix plan's step); null while nothing may be interrupted (rollbacks). */
    public synchronized void bind(Thread t) {
        worker = t;
    }

    /** True when {@link #cancel()} was called or the current thread was interrupted. */
    public boolean isCancelled() {
        return cancelled || Thread.currentThread().isInterrupted();
    }

    public void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("cancelled");
        }
    }

    /**
     * Runs {@code hook} on cancel (at once when already cancelled), e.g. to cancel work that an
     * interrupt does not reach. Closing the handle unregisters it.
     */
    public AutoCloseable onCancel(Runnable hook) {
        return closeOnCancel(hook::run);
    }

    /** Closes {@code c} when cancelled (at once if already cancelled). Returns a handle that unregisters it. */
    public AutoCloseable closeOnCancel(AutoCloseable c) {
        boolean now;
        synchronized (this) {
            now = cancelled;
            if (!now) {
                onCancel.add(c);
            }
        }
        if (now) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing on cancel: {}", e.toString());
            }
        }
        return () -> {
            synchronized (this) {
                onCancel.remove(c);
            }
        };
    }
}
