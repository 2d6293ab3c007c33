package dev.sysboxdoctor.image;

/**
 * A file whose content could not be compared (unreadable on one side however it was read). It is
 * "could not check", never a difference: it does not fail a verification, and the report names it.
 */
public record Unchecked(String path, String reason) {}
