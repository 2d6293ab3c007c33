package dev.sysboxdoctor.image.render;

import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;

/** A save as Markdown for support tickets: the outcome, each attempt, its differences as a table. */
public final class SaveMarkdown {
    private SaveMarkdown() {}

    public static String render(SaveOutcome o) {
        StringBuilder md = new StringBuilder("# Sysbox Doctor image save\n\n");
        md.append(o.saved() ? "Saved **" + o.tag() + "** (" + nz(o.imageId()) + ") with " + o.usedStrategy().cliName()
                + "; the image passed verification.\n"
                : o.result() == SaveOutcome.Result.COULD_NOT_VERIFY
                ? "Could not verify: **" + o.tag() + "** was not created or moved (" + o.reason() + ").\n"
                : "Refused: **" + o.tag() + "** was not created or moved.\n");
        for (SaveAttempt a : o.attempts()) {
            md.append("\n## ").append(a.strategy().cliName()).append(": ")
                    .append(a.passed() ? "passed" : a.error() != null ? "error" : "failed verification").append('\n');
            if (a.error() != null) {
                md.append('\n').append(a.error()).append('\n');
            }
            if (a.verification() != null) {
                VerificationResult v = a.verification();
                md.append("\n- Files compared: ").append(v.filesCompared()).append(", hashed: ").append(v.filesHashed())
                        .append(", ELF checked: ").append(v.elfChecked()).append('\n');
                if (v.probe() != null && !v.probe().isBlank()) {
                    md.append("- Probe: `").append(v.probe().strip().replace('\n', ' ')).append("`\n");
                }
                if (v.containerView() != null) {
                    md.append("- Container read ").append(v.containerView()).append(" with ").append(v.hashTool()).append('\n');
                    md.append("- Limits: ").append(v.limits()).append('\n');
                }
                v.unchecked().forEach(u -> md.append("- Could not check `").append(u.path()).append("`: ").append(u.reason()).append('\n'));
                v.notes().forEach(n -> md.append("- ").append(n).append('\n'));
                if (!v.differences().isEmpty()) {
                    md.append("\n| Path | Differs in | Container | Image |\n|---|---|---|---|\n");
                    for (Difference x : v.differences()) {
                        md.append("| `").append(x.path()).append("` | ").append(x.aspect()).append(" | ")
                                .append(cell(x.expected())).append(" | ").append(cell(x.found())).append(" |\n");
                    }
                }
            }
        }
        o.warnings().forEach(w -> md.append("\n> ").append(w).append('\n'));
        return md.toString();
    }

    private static String cell(String s) {
        return nz(s).replace("|", "\\|").replace('\n', ' ');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
