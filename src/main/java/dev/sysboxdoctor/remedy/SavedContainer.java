package dev.sysboxdoctor.remedy;

/** A container saved as a verified image: {@code backup} is the image's REPO:TAG. */
public record SavedContainer(AtRiskContainer container, String backup) {}
