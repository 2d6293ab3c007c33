package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.image.Progress;
import dev.sysboxdoctor.image.ProgressListener;
import dev.sysboxdoctor.report.ByteSize;
import dev.sysboxdoctor.report.Language;
import dev.sysboxdoctor.report.ReportTexts;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * Progress on stderr: a line per phase change and at most one per second with bytes, rate and ETA.
 * The image room says each step in English (with its names); another language gets the phase in
 * its own words instead.
 */
final class ProgressPrinter implements ProgressListener {
    private static final long EVERY_NANOS = 1_000_000_000L;
    private final PrintWriter err;
    private final Language language;
    private Progress.Phase lastPhase;
    private String lastMessage;
    private long lastLine;

    ProgressPrinter(PrintWriter err, Language language) {
        this.err = err;
        this.language = language;
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
        err.println(format(p, language));
        err.flush();
    }

    static String format(Progress p, Language language) {
        ReportTexts words = ReportTexts.of(language);
        String phase = words.get("image.phase." + p.phase().name().toLowerCase(Locale.ROOT));
        StringBuilder b = new StringBuilder(language == Language.EN && p.message() != null ? p.message() : phase);
        if (p.bytesDone() > 0 || p.bytesTotal() > 0) {
            b.append(": ").append(ByteSize.format(p.bytesDone()));
            if (p.bytesTotal() > 0) {
                b.append(" / ").append(ByteSize.format(p.bytesTotal()));
            }
            if (p.bytesPerSecond() > 0) {
                b.append(", ").append(ByteSize.format((long) p.bytesPerSecond())).append("/s");
            }
            if (p.eta() != null) {
                b.append(", ").append(words.get("image.progress.eta", p.eta().toSeconds()));
            }
        }
        return b.toString();
    }

}
