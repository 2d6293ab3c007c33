package dev.sysboxdoctor.image.verify;

import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Difference.Aspect;
import dev.sysboxdoctor.image.Unchecked;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares the container's view with the image's, path by path: presence, type, size, content
 * hash (where the container side hashed), permission bits (setuid/setgid/sticky included; not for
 * symlinks, whose mode means nothing), owner, symlink target, and hard-link groups. Sockets are
 * skipped: no tar format carries them.
 */
public final class TreeDiff {
    private TreeDiff() {}

    /** The differences, and the files whose content neither side's reading allowed to compare. */
    public record Comparison(List<Difference> differences, List<Unchecked> unchecked) {}

    public static List<Difference> compare(ContainerView container, ImageView image) {
        return compareAll(container, image).differences();
    }

    public static Comparison compareAll(ContainerView container, ImageView image) {
        List<Difference> out = new ArrayList<>();
        List<Unchecked> unchecked = new ArrayList<>();
        String label = container.algorithm().label() + " ";
        Set<String> seen = new HashSet<>();
        Map<Long, List<String>> inodeGroups = new HashMap<>();
        for (FileEntry c : container.entries()) {
            if (c.type() == FileType.SOCKET) {
                continue;
            }
            seen.add(c.path());
            if (c.type() == FileType.FILE) {
                inodeGroups.computeIfAbsent(c.inode(), k -> new ArrayList<>()).add(c.path());
            }
            FileEntry i = image.entries().get(c.path());
            if (i == null) {
                out.add(new Difference(c.path(), Aspect.MISSING, describe(c), "absent"));
                continue;
            }
            if (i.type() != c.type()) {
                out.add(new Difference(c.path(), Aspect.TYPE, describe(c), describe(i)));
                continue;
            }
            if (c.type() == FileType.FILE) {
                if (c.size() != i.size()) {
                    out.add(new Difference(c.path(), Aspect.SIZE, c.size() + " bytes", i.size() + " bytes"));
                }
                if (container.unreadable().contains(c.path())) {
                    unchecked.add(new Unchecked(c.path(), "unreadable in the container, inside it and through the engine"));
                } else if (c.hash() != null) {
                    String ih = i.hash() != null ? i.hash() : hashOfGroup(image, c.path());
                    if (ih == null) {
                        unchecked.add(new Unchecked(c.path(), "its content was not read on the image's side"));
                    } else if (!c.hash().equals(ih)) {
                        out.add(new Difference(c.path(), Aspect.CONTENT, label + c.hash(), label + ih));
                    }
                }
            }
            if (c.type() == FileType.SYMLINK && !Objects.equals(c.linkTarget(), i.linkTarget())) {
                out.add(new Difference(c.path(), Aspect.LINK_TARGET, c.linkTarget(), i.linkTarget()));
            }
            if (c.type() != FileType.SYMLINK && c.permission() != i.permission()) {
                out.add(new Difference(c.path(), Aspect.MODE, FileEntry.octal(c.permission()), FileEntry.octal(i.permission())));
            }
            if (c.uid() != i.uid() || c.gid() != i.gid()) {
                out.add(new Difference(c.path(), Aspect.OWNER, c.uid() + ":" + c.gid(), i.uid() + ":" + i.gid()));
            }
        }
        for (String p : image.entries().keySet()) {
            if (!seen.contains(p)) {
                out.add(new Difference(p, Aspect.EXTRA, "absent", describe(image.entries().get(p))));
            }
        }
        out.addAll(hardLinks(inodeGroups, image));
        out.addAll(image.problems());
        out.sort(Comparator.comparing(Difference::path).thenComparing(Difference::aspect));
        unchecked.sort(Comparator.comparing(Unchecked::path));
        return new Comparison(out, unchecked);
    }

    /** Files that share an inode in the container must share a link group in the image, and the other way round. */
    private static List<Difference> hardLinks(Map<Long, List<String>> inodeGroups, ImageView image) {
        List<Difference> out = new ArrayList<>();
        Map<String, Long> inodeOf = new HashMap<>();
        inodeGroups.forEach((ino, paths) -> paths.forEach(p -> inodeOf.put(p, ino)));
        for (List<String> paths : inodeGroups.values()) {
            if (paths.size() < 2) {
                continue;
            }
            String first = paths.get(0);
            String g0 = image.linkGroup().getOrDefault(first, first);
            for (String p : paths.subList(1, paths.size())) {
                if (image.entries().containsKey(p) && !image.linkGroup().getOrDefault(p, p).equals(g0)) {
                    out.add(new Difference(p, Aspect.HARDLINK, "hard link of " + first, "a separate file"));
                }
            }
        }
        image.linkGroup().forEach((p, root) -> {
            if (!p.equals(root) && inodeOf.containsKey(p) && inodeOf.containsKey(root) && !inodeOf.get(p).equals(inodeOf.get(root))) {
                out.add(new Difference(p, Aspect.HARDLINK, "a separate file", "hard link of " + root));
            }
        });
        return out;
    }

    private static String hashOfGroup(ImageView image, String path) {
        String root = image.linkGroup().get(path);
        FileEntry r = root == null ? null : image.entries().get(root);
        return r == null ? null : r.hash();
    }

    static String describe(FileEntry e) {
        return switch (e.type()) {
            case FILE -> "file, " + e.size() + " bytes";
            case DIRECTORY -> "directory";
            case SYMLINK -> "symlink to " + e.linkTarget();
            default -> e.type().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }
}
