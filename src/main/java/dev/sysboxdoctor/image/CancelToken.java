package dev.sysboxdoctor.image;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels a running save or verify from another thread. Engine streams block in socket reads that
 * a thread interrupt does not reach, so cancelling also closes the streams registered here; the
 * operation then cleans up what it made and throws {@link CancellationException}.
 */
public final class CancelToken {
    private static final Logger LOG = LoggerFactory.getLogger(CancelToken.class);
    private final List<AutoCloseable> onCancel = new ArrayList<>();
    private volatile boolean cancelled;

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
        }
        for (AutoCloseable c : toClose) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("closing on cancel: {}", e.toString());
            }
        }
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
