package dev.sysboxdoctor.remedy;

/** verify(): the state before the plan ran, the state now, and whether the problem is gone. */
public record Verification(ObservedState before, ObservedState after, boolean fixed, String explanation) {}
