package dev.sysboxdoctor.app;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Reports;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;
import dev.sysboxdoctor.report.DiagnosisJson;
import dev.sysboxdoctor.report.DiagnosisMarkdown;
import dev.sysboxdoctor.report.verification.VerificationJson;
import dev.sysboxdoctor.ui.reports.ReportFormat;
import dev.sysboxdoctor.ui.reports.ReportWriter;

/**
 * The reports the window copies and saves, the same as the CLI's where the report room renders them
 * (diagnosis Markdown/JSON, save JSON); a save as Markdown, with its differences as a table, for tickets.
 */
public final class GuiReports implements ReportWriter {
    @Override
    public String diagnosis(Diagnosis d, ReportFormat format) {
        // The CLI's own renderers (report room): same schema, same redaction as `diagnose --json/--markdown`.
        return format == ReportFormat.JSON ? DiagnosisJson.render(d, AppVersion.get(), d.hasErrors() ? 1 : 0)
                : DiagnosisMarkdown.render(d, AppVersion.get());
    }

    @Override
    public String save(SaveOutcome o, ReportFormat format) {
        // JSON as `image save --json` prints it (report room); Markdown with a differences table for tickets.
        return format == ReportFormat.JSON ? VerificationJson.save(Reports.of(o)) : saveMarkdown(o);
    }

    private static String saveMarkdown(SaveOutcome o) {
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
