package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.report.ByteSize;
import dev.sysboxdoctor.image.Progress;
import dev.sysboxdoctor.image.ProgressListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/** Progress on stderr: a line per phase change and at most one per second with bytes, rate and ETA. */
final class ProgressPrinter implements ProgressListener {
    private static final long EVERY_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private Progress.Phase lastPhase;
    private String lastMessage;
    private long lastLine;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void onProgress(Progress p) {
        long now = System.nanoTime();
        boolean changed = p.phase() != lastPhase || !Objects.equals(p.message(), lastMessage);
        if (!changed && now - lastLine < EVERY_NANOS) {
            return;
        }
        if (!changed && p.bytesDone() == 0) {
            return;
        }
        lastPhase = p.phase();
        lastMessage = p.message();
        lastLine = now;
        err.println(format(p));
        err.flush();
    }

    static String format(Progress p) {
        StringBuilder b = new StringBuilder(p.message() == null ? p.phase().name().toLowerCase(Locale.ROOT) : p.message());
        if (p.bytesDone() > 0 || p.bytesTotal() > 0) {
            b.append(": ").append(ByteSize.format(p.bytesDone()));
            if (p.bytesTotal() > 0) {
                b.append(" / ").append(ByteSize.format(p.bytesTotal()));
            }
            if (p.bytesPerSecond() > 0) {
                b.append(", ").append(ByteSize.format((long) p.bytesPerSecond())).append("/s");
            }
            if (p.eta() != null) {
                b.append(", ETA ").append(p.eta().toSeconds()).append(" s");
            }
        }
        return b.toString();
    }

}
