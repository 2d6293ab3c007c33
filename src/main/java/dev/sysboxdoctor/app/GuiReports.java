package dev.sysboxdoctor.app;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.render.SaveMarkdown;
import dev.sysboxdoctor.image.render.VerificationJson;
import dev.sysboxdoctor.report.DiagnosisJson;
import dev.sysboxdoctor.report.DiagnosisMarkdown;
import dev.sysboxdoctor.report.Language;
import dev.sysboxdoctor.ui.reports.ReportFormat;
import dev.sysboxdoctor.ui.reports.ReportWriter;

/**
 * The reports the window copies and saves, by the CLI's own renderers: a diagnosis as the report room
 * renders it, a save as the image room renders it (JSON as {@code image save --json}, Markdown for tickets).
 */
public final class GuiReports implements ReportWriter {
    @Override
    public String diagnosis(Diagnosis d, ReportFormat format, Language language) {
        // The CLI's own renderers (report room): same schema, same redaction as `diagnose --json/--markdown`.
        return format == ReportFormat.JSON ? DiagnosisJson.render(d, AppVersion.get(), d.hasErrors() ? 1 : 0)
                : DiagnosisMarkdown.render(d, AppVersion.get(), language);
    }

    @Override
    public String save(SaveOutcome o, ReportFormat format, Language language) {
        return format == ReportFormat.JSON ? VerificationJson.save(o) : SaveMarkdown.render(o, language);
    }
}
