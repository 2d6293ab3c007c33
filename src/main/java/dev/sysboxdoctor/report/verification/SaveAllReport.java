package dev.sysboxdoctor.report.verification;

import java.util.List;

/**
 * A save-all run as plain data.
 *
 * @param allSaved  every container saved and verified
 * @param cancelled the run was cancelled
 */
public record SaveAllReport(boolean allSaved, boolean cancelled, List<Row> saved, List<Row> failed) {
    public SaveAllReport {
        saved = List.copyOf(saved);
        failed = List.copyOf(failed);
    }

    /**
     * @param method  save method that made the verified image (null when not saved)
     * @param reason  why not saved (null when saved)
     * @param imageId the verified image (null when not saved)
     * @param running the container ran when the run began
     */
    public record Row(String container, String tag, String method, String reason, String imageId, boolean running) {
    }
}
