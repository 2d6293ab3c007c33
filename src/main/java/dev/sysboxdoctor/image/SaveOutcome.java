package dev.sysboxdoctor.image;

import java.util.List;

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
}
