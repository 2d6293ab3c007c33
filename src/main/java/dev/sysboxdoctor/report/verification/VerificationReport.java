package dev.sysboxdoctor.report.verification;

import java.util.List;

/**
 * A verification as the renderers see it (plain values: the report room does not depend on the
 * image room; {@code image} converts into this). Env values are never part of it.
 */
public record VerificationReport(String image, String container, String verdict, List<Row> differences,
                                 long filesCompared, long filesHashed, long elfChecked, long imageBytes,
                                 String probe, List<String> notes) {
    public VerificationReport {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
    }

    /** One difference: where, what, what the container has, what the image has. */
    public record Row(String path, String aspect, String expected, String found) {}
}
