package dev.sysboxdoctor.ui.reports;

/** The two report formats users copy or save. */
public enum ReportFormat {
    MARKDOWN("md"), JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
