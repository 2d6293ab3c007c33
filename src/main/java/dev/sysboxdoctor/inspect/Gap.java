package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * Something that could not be learned, and why: a timeout, an unreadable file, output that did
 * not parse. {@code evidence} keeps the raw lines (trimmed) so a reader can judge.
 *
 * @param subject short stable key, e.g. {@code wsl.version}, {@code kernel.release}, {@code docker}
 */
public record Gap(String subject, String reason, List<String> evidence) {
    public Gap {
        evidence = List.copyOf(evidence);
    }

    public static Gap of(String subject, String reason, String... evidence) {
        return new Gap(subject, reason, List.of(evidence));
    }
}
