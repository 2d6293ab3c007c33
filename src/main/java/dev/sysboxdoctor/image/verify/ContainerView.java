package dev.sysboxdoctor.image.verify;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The container's view of its files (read inside it, or through the engine), with the mount points
 * it has (their contents are not part of an image), the paths whose contents were hashed (with
 * {@code algorithm}) and those that could not be read.
 */
public record ContainerView(List<FileEntry> entries, List<String> mountPoints, Set<String> hashed, Set<String> unreadable,
                            List<String> notes, HashAlgorithm algorithm) {
    public ContainerView(List<FileEntry> entries, List<String> mountPoints, Set<String> hashed, Set<String> unreadable,
                         List<String> notes) {
        this(entries, mountPoints, hashed, unreadable, notes, HashAlgorithm.MD5);
    }

    public ContainerView {
        entries = List.copyOf(entries);
        mountPoints = List.copyOf(mountPoints);
        hashed = Set.copyOf(hashed);
        unreadable = Set.copyOf(unreadable);
        notes = List.copyOf(notes);
    }

    /** This view with contents read elsewhere (through the engine) for files it could not read. */
    public ContainerView withHashes(Map<String, String> read, String note) {
        if (read.isEmpty()) {
            return this;
        }
        List<FileEntry> merged = entries.stream().map(e -> read.containsKey(e.path()) ? e.withHash(read.get(e.path())) : e).toList();
        Set<String> h = new HashSet<>(hashed);
        h.addAll(read.keySet());
        Set<String> still = new HashSet<>(unreadable);
        still.removeAll(read.keySet());
        List<String> n = new ArrayList<>(notes);
        n.add(note);
        return new ContainerView(merged, mountPoints, h, still, n, algorithm);
    }
}
