package dev.sysboxdoctor.image.render;

import dev.sysboxdoctor.image.ContainerSave;
import dev.sysboxdoctor.image.RestoreOutcome;
import dev.sysboxdoctor.image.SaveAllOutcome;
import java.util.Locale;

/** Plain-text summaries of {@code image save-all} and {@code image restore}. */
public final class BackupText {
    private BackupText() {}

    public static String saveAll(SaveAllOutcome r) {
        StringBuilder b = new StringBuilder();
        int total = r.saved().size() + r.failed().size();
        if (total == 0) {
            return "No Sysbox containers: nothing to save.\n";
        }
        b.append(String.format(Locale.ROOT, "Saved %d of %d Sysbox container%s%s.%n", r.saved().size(), total, total == 1 ? "" : "s",
                r.cancelled() ? " (cancelled)" : ""));
        for (ContainerSave row : r.saved()) {
            b.append(String.format(Locale.ROOT, "  saved   %-24s %s -> %s (%s, verified)%n", row.container().name(), row.tag(),
                    VerificationText.shortId(row.imageId()), row.method().cliName()));
        }
        for (ContainerSave row : r.failed()) {
            b.append(String.format(Locale.ROOT, "  FAILED  %-24s %s%n", row.container().name(), VerificationText.oneLine(row.reason())));
        }
        if (!r.failed().isEmpty()) {
            b.append("The containers marked FAILED have no backup: their changes are still at risk.\n");
        }
        return b.toString();
    }

    public static String restore(RestoreOutcome r) {
        StringBuilder b = new StringBuilder();
        if (r.restored()) {
            b.append("Restored ").append(r.name()).append(" from ").append(r.image()).append(r.started() ? " (started)" : " (not started)")
                    .append("; the old container is kept as ").append(r.keptAs()).append(".\n");
        } else {
            b.append("Not restored: the new container did not match ").append(r.image()).append("; it was removed and ")
                    .append(r.name()).append(" is as it was.\n");
        }
        if (r.verification() != null) {
            b.append("Check against the backup: ").append(VerificationText.summary(r.verification())).append('\n');
            VerificationText.rows(b, r.verification(), "  ");
        }
        r.notes().forEach(n -> b.append(n).append('\n'));
        return b.toString();
    }
}
