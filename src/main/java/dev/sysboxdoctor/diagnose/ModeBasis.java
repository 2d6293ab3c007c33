package dev.sysboxdoctor.diagnose;

import java.time.Instant;

/**
 * How a Sysbox mode was decided: the kind of reasoning and, for the journal, when sysbox-mgr
 * started. The facts behind it are the verdict's evidence; the words come from the catalogue.
 *
 * @param at the sysbox-mgr start the journal describes; null when not from the journal or unknown
 */
public record ModeBasis(BasisKind kind, Instant at) {
    public static ModeBasis of(BasisKind kind) {
        return new ModeBasis(kind, null);
    }
}
