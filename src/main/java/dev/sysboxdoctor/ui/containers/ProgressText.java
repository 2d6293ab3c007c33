package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.report.ByteSize;
import dev.sysboxdoctor.image.Progress;
import dev.sysboxdoctor.ui.common.I18n;
import java.time.Duration;
import java.util.Locale;

/** Pure: "Exporting 12.4 MiB of 80.0 MiB · 6.1 MiB/s · 0:11 left". */
public final class ProgressText {
    private ProgressText() {}

    public static String of(I18n t, Progress p) {
        StringBuilder sb = new StringBuilder(t.get("phase." + p.phase().name().toLowerCase(Locale.ROOT)));
        if (p.bytesDone() > 0 || p.bytesTotal() > 0) {
            sb.append(' ').append(p.bytesTotal() > 0 ? t.get("progress.bytesOf", ByteSize.format(p.bytesDone()), ByteSize.format(p.bytesTotal()))
                    : ByteSize.format(p.bytesDone()));
        }
        if (p.bytesPerSecond() > 0) {
            sb.append(" · ").append(t.get("progress.rate", ByteSize.format((long) p.bytesPerSecond())));
        }
        if (p.eta() != null) {
            sb.append(" · ").append(t.get("progress.eta", eta(p.eta())));
        }
        return sb.toString();
    }

    public static String eta(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
