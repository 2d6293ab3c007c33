package dev.sysboxdoctor.image;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/** Turns byte counts of one phase into throttled {@link Progress} reports with rate and ETA. */
final class Meter {
    private static final long EVERY_NANOS = 200_000_000L;
    private final ProgressListener listener;
    private final Progress.Phase phase;
    private final LongSupplier total;
    private final String message;
    private final long start = System.nanoTime();
    private long lastReport;

    Meter(ProgressListener listener, Progress.Phase phase, long total, String message) {
        this(listener, phase, () -> total, message);
    }

    /** A meter whose total (-1 until then: no percentage, no ETA) arrives while the phase runs. */
    Meter(ProgressListener listener, Progress.Phase phase, CompletableFuture<Long> total, String message) {
        this(listener, phase, () -> total.getNow(-1L), message);
    }

    private Meter(ProgressListener listener, Progress.Phase phase, LongSupplier total, String message) {
        this.listener = listener;
        this.phase = phase;
        this.total = total;
        this.message = message;
        listener.onProgress(new Progress(phase, 0, total.getAsLong(), 0, null, message));
    }

    synchronized void update(long done) {
        long now = System.nanoTime();
        if (now - lastReport < EVERY_NANOS) {
            return;
        }
        lastReport = now;
        report(done, now);
    }

    synchronized void done(long done) {
        report(done, System.nanoTime());
    }

    private void report(long done, long now) {
        double seconds = Math.max(1e-3, (now - start) / 1e9);
        double rate = done / seconds;
        long total = this.total.getAsLong();
        Duration eta = total > 0 && rate > 0 && done <= total ? Duration.ofMillis((long) ((total - done) / rate * 1000)) : null;
        listener.onProgress(new Progress(phase, done, total, rate, eta, message));
    }
}
