package dev.sysboxdoctor.image;

import java.util.List;
import java.util.Locale;

/**
 * The result of a save. {@code saved} means the user's tag now points at {@code imageId}, an image
 * that passed verification; otherwise the tag was not created or moved.
 */
public record SaveOutcome(boolean saved, String tag, String imageId, Strategy usedStrategy,
                          List<SaveAttempt> attempts, List<String> warnings) {
    public SaveOutcome {
        attempts = List.copyOf(attempts);
        warnings = List.copyOf(warnings);
    }

    /** How a save ended, for the CLI's exit code (0, 1, 3) and the window's wording. */
    public enum Result {
        /** The tag points at a verified image. */
        SAVED,
        /** An image was built and verification found real differences (content, size, mode, owner, ELF, config, trial run). */
        REFUSED,
        /** No attempt got as far as a verdict: the reason is in {@link #reason()}. */
        COULD_NOT_VERIFY
    }

    public Result result() {
        if (saved) {
            return Result.SAVED;
        }
        return attempts.stream().anyMatch(a -> a.verification() != null) ? Result.REFUSED : Result.COULD_NOT_VERIFY;
    }

    /** One line: why nothing was saved (the differences or the errors of the attempts); null when saved. */
    public String reason() {
        if (saved) {
            return null;
        }
        List<String> parts = attempts.stream().map(a -> a.strategy().cliName() + ": " + (a.verification() != null
                ? a.verification().differences().size() + " difference(s), first " + first(a.verification())
                : a.error())).toList();
        return parts.isEmpty() ? "no method was tried" : String.join("; ", parts);
    }

    private static String first(VerificationResult v) {
        if (v.differences().isEmpty()) {
            return "none";
        }
        Difference d = v.differences().get(0);
        return d.path() + " (" + d.aspect().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")";
    }
}
