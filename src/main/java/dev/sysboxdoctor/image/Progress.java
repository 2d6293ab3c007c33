package dev.sysboxdoctor.image;

import java.time.Duration;

/**
 * A progress report. {@code bytesTotal} is -1 when unknown; {@code eta} is null when unknown.
 */
public record Progress(Phase phase, long bytesDone, long bytesTotal, double bytesPerSecond, Duration eta, String message) {
    public enum Phase {
        PREPARING, COMMITTING, EXPORTING, SNAPSHOTTING, IMPORTING, READING_CONTAINER, READING_IMAGE, PROBING, TAGGING, CLEANING_UP
    }

    /** 0..1, or -1 when the total is unknown. */
    public double fraction() {
        return bytesTotal > 0 ? Math.min(1.0, (double) bytesDone / bytesTotal) : -1;
    }
}
