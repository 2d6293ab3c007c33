package dev.sysboxdoctor.image.render;

import dev.sysboxdoctor.image.ContainerSave;
import dev.sysboxdoctor.image.RestoreOutcome;
import dev.sysboxdoctor.image.SaveAllOutcome;
import dev.sysboxdoctor.report.Language;
import dev.sysboxdoctor.report.ReportTexts;
import java.util.Locale;

/** Plain-text summaries of {@code image save-all} and {@code image restore}; words from {@code i18n/report*.properties}. */
public final class BackupText {
    private BackupText() {}

    public static String saveAll(SaveAllOutcome r) {
        return saveAll(r, Language.EN);
    }

    public static String saveAll(SaveAllOutcome r, Language language) {
        ReportTexts t = ReportTexts.of(language);
        StringBuilder b = new StringBuilder();
        int total = r.saved().size() + r.failed().size();
        if (total == 0) {
            return t.get("image.saveAll.none") + "\n";
        }
        b.append(t.get(total == 1 ? "image.saveAll.head.one" : "image.saveAll.head.many", r.saved().size(), total,
                r.cancelled() ? t.get("image.saveAll.cancelled") : "")).append('\n');
        for (ContainerSave row : r.saved()) {
            b.append("  ").append(t.get("image.saveAll.savedRow", pad(row.container().name()), row.tag(),
                    VerificationText.shortId(row.imageId()), row.method().cliName())).append('\n');
        }
        for (ContainerSave row : r.failed()) {
            b.append("  ").append(t.get("image.saveAll.failedRow", pad(row.container().name()), VerificationText.oneLine(row.reason())))
                    .append('\n');
        }
        if (!r.failed().isEmpty()) {
            b.append(t.get("image.saveAll.atRisk")).append('\n');
        }
        return b.toString();
    }

    public static String restore(RestoreOutcome r) {
        return restore(r, Language.EN);
    }

    public static String restore(RestoreOutcome r, Language language) {
        ReportTexts t = ReportTexts.of(language);
        StringBuilder b = new StringBuilder();
        if (r.restored()) {
            b.append(t.get(r.started() ? "image.restore.started" : "image.restore.notStarted", r.name(), r.image(), r.keptAs()));
        } else {
            b.append(t.get("image.restore.rolledBack", r.image(), r.name()));
        }
        b.append('\n');
        if (r.verification() != null) {
            b.append(t.get("image.restore.check", VerificationText.summary(r.verification(), t))).append('\n');
            VerificationText.rows(b, r.verification(), "  ", t);
        }
        r.notes().forEach(n -> b.append(n).append('\n'));
        return b.toString();
    }

    private static String pad(String name) {
        return String.format(Locale.ROOT, "%-24s", name);
    }
}
