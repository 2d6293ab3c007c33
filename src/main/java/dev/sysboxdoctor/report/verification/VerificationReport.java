package dev.sysboxdoctor.report.verification;

import java.util.List;

/**
 * A verification as the renderers see it (plain values: the report room does not depend on the
 * image room; {@code image} converts into this). Env values are never part of it.
 */
public record VerificationReport(String image, String container, String verdict, List<Row> differences,
                                 long filesCompared, long filesHashed, long elfChecked, long imageBytes,
                                 String probe, List<String> notes, String containerView, String hashTool, String limits,
                                 List<Unchecked> couldNotCheck) {
    public VerificationReport {
        differences = List.copyOf(differences);
        notes = List.copyOf(notes);
        couldNotCheck = List.copyOf(couldNotCheck);
    }

    /** Without a container side (an image checked on its own). */
    public VerificationReport(String image, String container, String verdict, List<Row> differences, long filesCompared,
                              long filesHashed, long elfChecked, long imageBytes, String probe, List<String> notes) {
        this(image, container, verdict, differences, filesCompared, filesHashed, elfChecked, imageBytes, probe, notes,
                null, null, null, List.of());
    }

    /** A file whose content could not be compared, and why: never a difference. */
    public record Unchecked(String path, String reason) {}

    /** One difference: where, what, what the container has, what the image has. */
    public record Row(String path, String aspect, String expected, String found) {}
}
