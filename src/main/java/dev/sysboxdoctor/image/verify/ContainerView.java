package dev.sysboxdoctor.image.verify;

import java.util.List;
import java.util.Set;

/**
 * The container's own view of its files (read inside it), with the mount points it has (their
 * contents are not part of an image) and the paths whose contents were hashed.
 */
public record ContainerView(List<FileEntry> entries, List<String> mountPoints, Set<String> hashed, Set<String> unreadable,
                            List<String> notes) {
    public ContainerView {
        entries = List.copyOf(entries);
        mountPoints = List.copyOf(mountPoints);
        hashed = Set.copyOf(hashed);
        unreadable = Set.copyOf(unreadable);
        notes = List.copyOf(notes);
    }
}
