package dev.sysboxdoctor.remedy;

/** A container that could not be saved, and why (in plain words). */
public record SaveFailure(AtRiskContainer container, String reason) {}
