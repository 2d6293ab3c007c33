package dev.sysboxdoctor.image;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Backup tags {@code <prefix><container-name>:<UTC yyyyMMdd-HHmmss>}. Docker container names may
 * hold upper case letters and runs of separators that a repository name may not: those are lowered
 * and squeezed, and a name that still does not fit gets the container's short id instead.
 */
final class BackupTags {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private BackupTags() {}

    static String tag(String prefix, ContainerInfo container, Instant at) {
        String time = TIME.format(at);
        String name = container.name().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "-")
                .replaceAll("([._-])[._-]+", "$1")
                .replaceAll("^[._-]+|[._-]+$", "");
        String tag = prefix + name + ":" + time;
        if (name.isEmpty() || !ImageTags.validate(tag).valid()) {
            tag = prefix + container.id().substring(0, Math.min(12, container.id().length())) + ":" + time;
        }
        return tag;
    }
}
