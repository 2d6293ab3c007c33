package dev.sysboxdoctor.report.verification;

import java.util.List;

/** A save as the renderers see it: whether the tag moved, and every attempt with its verification. */
public record SaveReport(boolean saved, String tag, String imageId, String strategy, List<Attempt> attempts, List<String> warnings) {
    public SaveReport {
        attempts = List.copyOf(attempts);
        warnings = List.copyOf(warnings);
    }

    /** @param verification null when the attempt failed before there was an image ({@code error} says why) */
    public record Attempt(String strategy, VerificationReport verification, String error, long millis) {}
}
