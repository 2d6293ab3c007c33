package dev.sysboxdoctor.report.verification;

import java.util.List;

/** A restore as plain data; {@code newId}/{@code keptAs} are null when it was rolled back. */
public record RestoreReport(boolean restored, String container, String image, String newId, String keptAs, boolean started,
                            VerificationReport verification, List<String> notes) {
    public RestoreReport {
        notes = List.copyOf(notes);
    }
}
