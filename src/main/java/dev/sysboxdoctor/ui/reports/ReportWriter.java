package dev.sysboxdoctor.ui.reports;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.report.Language;

/**
 * Renders the reports users copy or save (the report and image rooms' renderers, with redaction).
 * Markdown is in the window's language, for a ticket in the user's own words; JSON is always English.
 */
public interface ReportWriter {
    String diagnosis(Diagnosis diagnosis, ReportFormat format, Language language);

    String save(SaveOutcome outcome, ReportFormat format, Language language);
}
