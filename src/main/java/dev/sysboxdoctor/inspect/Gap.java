package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * Something that could not be learned, and why: a timeout, an unreadable file, output that did
 * not parse. {@code evidence} keeps the raw lines (trimmed) so a reader can judge.
 *
 * @param subject  short stable key, e.g. {@code wsl.version}, {@code kernel.release}, {@code docker}
 * @param timedOut the command that should have answered ran out of time (a slow machine, not a broken one)
 */
public record Gap(String subject, String reason, List<String> evidence, boolean timedOut) {
    public Gap {
        evidence = List.copyOf(evidence);
    }

    public Gap(String subject, String reason, List<String> evidence) {
        this(subject, reason, evidence, false);
    }

    public static Gap of(String subject, String reason, String... evidence) {
        return new Gap(subject, reason, List.of(evidence), false);
    }

    /** The command ran out of time: callers tell "slow" from "broken" by this flag, never by the words. */
    public static Gap timeout(String subject, String reason, String... evidence) {
        return new Gap(subject, reason, List.of(evidence), true);
    }
}
