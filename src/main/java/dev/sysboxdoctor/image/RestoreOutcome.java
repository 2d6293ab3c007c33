package dev.sysboxdoctor.image;

import java.util.List;

/**
 * The end of a restore. When {@link #restored()}, container {@code name} is the new one, made from
 * {@code image} with the old one's configuration, and its files matched the backup; the old one is
 * kept, stopped, as {@code keptAs}. Otherwise everything was rolled back: the old container has its
 * name (and runs) again and no new container exists; {@code verification} says what differed.
 *
 * @param name         the container's name
 * @param image        the backup image
 * @param newId        the new container's id; null when rolled back
 * @param keptAs       the old container's new name; null when rolled back
 * @param started      the new container was started (the old one was running)
 * @param verification the new container's files and config against the backup
 * @param notes        what the user should know (e.g. which networks were reattached)
 */
public record RestoreOutcome(String name, String image, String newId, String keptAs, boolean started,
                             VerificationResult verification, List<String> notes) {
    public RestoreOutcome {
        notes = List.copyOf(notes);
    }

    public boolean restored() {
        return newId != null && verification != null && verification.passed();
    }
}
