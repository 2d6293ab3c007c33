package dev.sysboxdoctor.ui.reports;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.image.SaveOutcome;

/** Renders the reports users copy or save (the report room's renderers, with redaction). */
public interface ReportWriter {
    String diagnosis(Diagnosis diagnosis, ReportFormat format);

    String save(SaveOutcome outcome, ReportFormat format);
}
