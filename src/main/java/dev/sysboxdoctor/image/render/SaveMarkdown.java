package dev.sysboxdoctor.image.render;

import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;
import dev.sysboxdoctor.report.Language;
import dev.sysboxdoctor.report.ReportTexts;

/** A save as Markdown for support tickets: the outcome, each attempt, its differences as a table (aspects in words). */
public final class SaveMarkdown {
    private SaveMarkdown() {}

    public static String render(SaveOutcome o, Language language) {
        ReportTexts t = ReportTexts.of(language);
        StringBuilder md = new StringBuilder(t.get("image.md.title")).append("\n\n");
        md.append(o.saved() ? t.get("image.md.saved", o.tag(), nz(o.imageId()), o.usedStrategy().cliName())
                : o.result() == SaveOutcome.Result.COULD_NOT_VERIFY ? t.get("image.md.couldNotVerify", o.tag(), o.reason())
                : t.get("image.md.refused", o.tag())).append('\n');
        for (SaveAttempt a : o.attempts()) {
            md.append("\n## ").append(a.strategy().cliName()).append(": ")
                    .append(t.get(a.passed() ? "image.md.passed" : a.error() != null ? "image.md.error" : "image.md.failed")).append('\n');
            if (a.error() != null) {
                md.append('\n').append(a.error()).append('\n');
            }
            if (a.verification() != null) {
                verification(md, a.verification(), t);
            }
        }
        o.warnings().forEach(w -> md.append("\n> ").append(w).append('\n'));
        return md.toString();
    }

    private static void verification(StringBuilder md, VerificationResult v, ReportTexts t) {
        md.append('\n').append(t.get("image.md.counts", v.filesCompared(), v.filesHashed(), v.elfChecked())).append('\n');
        if (v.probe() != null && !v.probe().isBlank()) {
            md.append(t.get("image.md.probe", v.probe().strip().replace('\n', ' '))).append('\n');
        }
        if (v.containerView() != null) {
            md.append(t.get("image.md.containerRead", v.containerView(), v.hashTool())).append('\n');
            md.append(t.get("image.md.limits", v.limits())).append('\n');
        }
        v.unchecked().forEach(u -> md.append(t.get("image.md.couldNotCheck", u.path(), u.reason())).append('\n'));
        v.notes().forEach(n -> md.append("- ").append(n).append('\n'));
        if (!v.differences().isEmpty()) {
            md.append('\n').append(t.get("image.md.table")).append("\n|---|---|---|---|\n");
            for (Difference x : v.differences()) {
                md.append("| `").append(x.path()).append("` | ").append(Words.aspect(x.aspect(), t)).append(" | ")
                        .append(cell(x.expected())).append(" | ").append(cell(x.found())).append(" |\n");
            }
        }
    }

    private static String cell(String s) {
        return nz(s).replace("|", "\\|").replace('\n', ' ');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
