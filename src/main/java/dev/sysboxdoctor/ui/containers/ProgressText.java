package dev.sysboxdoctor.ui.containers;

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
            sb.append(' ').append(p.bytesTotal() > 0 ? t.get("progress.bytesOf", bytes(p.bytesDone()), bytes(p.bytesTotal()))
                    : bytes(p.bytesDone()));
        }
        if (p.bytesPerSecond() > 0) {
            sb.append(" · ").append(t.get("progress.rate", bytes((long) p.bytesPerSecond())));
        }
        if (p.eta() != null) {
            sb.append(" · ").append(t.get("progress.eta", eta(p.eta())));
        }
        return sb.toString();
    }

    public static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double v = n;
        int i = -1;
        while (v >= 1024 && i < units.length - 1) {
            v /= 1024;
            i++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[i]);
    }

    public static String eta(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
