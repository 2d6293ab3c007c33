package dev.sysboxdoctor.image.render;

import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;
import dev.sysboxdoctor.report.Language;
import dev.sysboxdoctor.report.ReportTexts;
import java.util.Locale;

/**
 * Plain text of a save or a verification: the verdict first, then the differences (capped), then notes.
 * The words come from {@code i18n/report*.properties} ({@code image.*}); names, paths, probe output
 * and the verifier's own notes stay verbatim.
 */
public final class VerificationText {
    static final int MAX_ROWS = 40;

    private VerificationText() {}

    public static String save(SaveOutcome s) {
        return save(s, Language.EN);
    }

    public static String save(SaveOutcome s, Language language) {
        ReportTexts t = ReportTexts.of(language);
        StringBuilder b = new StringBuilder();
        if (s.saved()) {
            b.append(t.get("image.save.saved", s.tag(), shortId(s.imageId()), s.usedStrategy().cliName())).append('\n');
        } else if (s.result() == SaveOutcome.Result.COULD_NOT_VERIFY) {
            b.append(t.get("image.save.couldNotVerify", oneLine(s.reason()), s.tag())).append('\n');
        } else {
            b.append(t.get("image.save.refused", s.tag())).append('\n');
        }
        for (SaveAttempt a : s.attempts()) {
            b.append(String.format(Locale.ROOT, "%n%-14s ", a.strategy().cliName()));
            String seconds = t.get("image.seconds", String.format(Locale.ROOT, "%.1f", a.elapsed().toMillis() / 1000.0));
            if (a.verification() == null) {
                b.append(t.get("image.attempt.error", oneLine(a.error()))).append("  ").append(seconds).append('\n');
            } else {
                b.append(summary(a.verification(), t)).append("  ").append(seconds).append('\n');
                rows(b, a.verification(), "  ", t);
            }
        }
        if (!s.warnings().isEmpty()) {
            b.append('\n').append(t.get("image.warnings")).append('\n');
            s.warnings().forEach(w -> b.append("  ").append(oneLine(w)).append('\n'));
        }
        return b.toString();
    }

    public static String verification(VerificationResult v) {
        return verification(v, Language.EN);
    }

    public static String verification(VerificationResult v, Language language) {
        ReportTexts t = ReportTexts.of(language);
        StringBuilder b = new StringBuilder();
        b.append(v.container() == null ? t.get("image.verify.image", v.image()) : t.get("image.verify.against", v.image(), v.container()))
                .append(": ").append(summary(v, t)).append('\n');
        rows(b, v, "", t);
        return b.toString();
    }

    static String summary(VerificationResult v, ReportTexts t) {
        String counts = t.get("image.counts", v.filesCompared(), v.filesHashed(), v.elfChecked(), oneLine(v.probe()));
        return Words.verdict(v.verdict(), t) + (v.differences().isEmpty() ? "" : "  " + t.get("image.differences", v.differences().size()))
                + "  (" + counts + ")";
    }

    static void rows(StringBuilder b, VerificationResult v, String indent, ReportTexts t) {
        int shown = 0;
        for (Difference r : v.differences()) {
            if (shown++ == MAX_ROWS) {
                b.append(indent).append("  ").append(t.get("image.more", v.differences().size() - MAX_ROWS)).append('\n');
                break;
            }
            b.append(indent).append("  ").append(oneLine(r.path())).append("  ")
                    .append(t.get("image.difference", Words.aspect(r.aspect(), t), oneLine(r.expected()), oneLine(r.found()))).append('\n');
        }
        if (!v.unchecked().isEmpty()) {
            b.append(indent).append("  ").append(t.get("image.couldNotCheck", v.unchecked().size())).append('\n');
            v.unchecked().stream().limit(MAX_ROWS).forEach(u -> b.append(indent).append("    ").append(oneLine(u.path()))
                    .append(": ").append(oneLine(u.reason())).append('\n'));
        }
        if (v.containerView() != null) {
            b.append(indent).append("  ").append(t.get("image.containerRead", v.containerView(), oneLine(v.hashTool()))).append('\n');
            b.append(indent).append("  ").append(t.get("image.limits", oneLine(v.limits()))).append('\n');
        }
        for (String n : v.notes()) {
            b.append(indent).append("  ").append(t.get("image.note", oneLine(n))).append('\n');
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
