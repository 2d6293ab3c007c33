package dev.sysboxdoctor.image.render;

import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;
import java.util.Locale;

/** Plain text of a save or a verification: the verdict first, then the differences (capped), then notes. */
public final class VerificationText {
    static final int MAX_ROWS = 40;

    private VerificationText() {}

    public static String save(SaveOutcome s) {
        StringBuilder b = new StringBuilder();
        if (s.saved()) {
            b.append("Saved ").append(s.tag()).append(" -> ").append(shortId(s.imageId())).append(" (").append(s.usedStrategy().cliName())
                    .append(", verified)\n");
        } else if (s.result() == SaveOutcome.Result.COULD_NOT_VERIFY) {
            b.append("Not saved: could not verify (").append(oneLine(s.reason())).append("). ").append(s.tag())
                    .append(" was not created or moved.\n");
        } else {
            b.append("Not saved: refused, no method produced an image that matches the container. ").append(s.tag())
                    .append(" was not created or moved.\n");
        }
        for (SaveAttempt a : s.attempts()) {
            b.append(String.format(Locale.ROOT, "%n%-14s ", a.strategy().cliName()));
            if (a.verification() == null) {
                b.append("ERROR  ").append(oneLine(a.error()));
                b.append(String.format(Locale.ROOT, "  (%.1f s)%n", a.elapsed().toMillis() / 1000.0));
            } else {
                b.append(summary(a.verification())).append(String.format(Locale.ROOT, "  (%.1f s)%n", a.elapsed().toMillis() / 1000.0));
                rows(b, a.verification(), "  ");
            }
        }
        if (!s.warnings().isEmpty()) {
            b.append("\nWarnings:\n");
            s.warnings().forEach(w -> b.append("  ").append(oneLine(w)).append('\n'));
        }
        return b.toString();
    }

    public static String verification(VerificationResult v) {
        StringBuilder b = new StringBuilder();
        b.append(v.image()).append(v.container() == null ? "" : " against container " + v.container()).append(": ")
                .append(summary(v)).append('\n');
        rows(b, v, "");
        return b.toString();
    }

    static String summary(VerificationResult v) {
        String counts = v.filesCompared() + " files compared, " + v.filesHashed() + " hashed, " + v.elfChecked() + " ELF checked, probe "
                + oneLine(v.probe());
        return v.verdict().name() + (v.differences().isEmpty() ? "" : "  " + v.differences().size() + " difference(s)") + "  (" + counts + ")";
    }

    static void rows(StringBuilder b, VerificationResult v, String indent) {
        int shown = 0;
        for (Difference r : v.differences()) {
            if (shown++ == MAX_ROWS) {
                b.append(indent).append("  ... and ").append(v.differences().size() - MAX_ROWS).append(" more (--json lists all)\n");
                break;
            }
            b.append(indent).append("  ").append(oneLine(r.path())).append("  ").append(r.aspect().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(": expected ").append(oneLine(r.expected())).append(", found ").append(oneLine(r.found())).append('\n');
        }
        if (!v.unchecked().isEmpty()) {
            b.append(indent).append("  could not check ").append(v.unchecked().size()).append(" file(s) (not differences):\n");
            v.unchecked().stream().limit(MAX_ROWS).forEach(u -> b.append(indent).append("    ").append(oneLine(u.path()))
                    .append(": ").append(oneLine(u.reason())).append('\n'));
        }
        if (v.containerView() != null) {
            b.append(indent).append("  container read ").append(v.containerView()).append(" with ").append(oneLine(v.hashTool()))
                    .append('\n');
            b.append(indent).append("  limits: ").append(oneLine(v.limits())).append('\n');
        }
        for (String n : v.notes()) {
            b.append(indent).append("  note: ").append(oneLine(n)).append('\n');
        }
    }

    static String shortId(String id) {
        return id == null ? "" : id.replaceFirst("^sha256:", "").substring(0, Math.min(12, id.replaceFirst("^sha256:", "").length()));
    }

    /** Names may hold newlines or control characters: show them escaped, on one line. */
    static String oneLine(String s) {
        if (s == null) {
            return "-";
        }
        StringBuilder o = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '\n') {
                o.append("\\n");
            } else if (c < 0x20 || c == 0x7f) {
                o.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
            } else {
                o.append(c);
            }
        }
        return o.toString();
    }
}
