package dev.sysboxdoctor.image;

/**
 * The verdict on a user-typed image reference. When valid, {@code repository} and {@code tag} are
 * its parts (tag "latest" when none was typed) and {@code message} is null; otherwise
 * {@code message} says what is wrong in one sentence.
 */
public record TagCheck(boolean valid, String repository, String tag, String message) {
    public String reference() {
        return repository + ":" + tag;
    }
}
