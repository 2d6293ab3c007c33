package dev.sysboxdoctor.ui.containers;

import dev.sysboxdoctor.image.Difference;

/** One row of a refusal: which save method's image differed, and how. */
public record RefusalRow(String method, Difference difference) {}
