package dev.sysboxdoctor.report.verification;

import java.util.List;

/**
 * A save as the renderers see it: whether the tag moved, and every attempt with its verification.
 *
 * @param outcome "saved", "refused" (real differences) or "could not verify" (no attempt reached a verdict)
 * @param reason  one line why nothing was saved; null when saved
 */
public record SaveReport(boolean saved, String tag, String imageId, String strategy, List<Attempt> attempts, List<String> warnings,
                         String outcome, String reason) {
    public SaveReport {
        attempts = List.copyOf(attempts);
        warnings = List.copyOf(warnings);
    }

    public SaveReport(boolean saved, String tag, String imageId, String strategy, List<Attempt> attempts, List<String> warnings) {
        this(saved, tag, imageId, strategy, attempts, warnings, saved ? "saved" : null, null);
    }

    /** @param verification null when the attempt failed before there was an image ({@code error} says why) */
    public record Attempt(String strategy, VerificationReport verification, String error, long millis) {}
}
