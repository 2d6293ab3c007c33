package dev.sysboxdoctor.image.verify;

import dev.sysboxdoctor.image.Difference;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The image's filesystem as streamed: metadata (and hashes where asked) per path, hard-link
 * groups (path -> the first path of its group), structural problems found on the way, and whether
 * the tar closed with its end-of-archive marker ({@code ended}; false: the stream stopped short).
 */
public record ImageView(Map<String, FileEntry> entries, Map<String, String> linkGroup, List<Difference> problems,
                        long bytes, long elfChecked, boolean ended) {
    public ImageView {
        entries = Map.copyOf(entries);
        linkGroup = Map.copyOf(linkGroup);
        problems = List.copyOf(problems);
    }

    /** This view without the paths outside {@code scope} (read before the scope was known). */
    public ImageView within(Scope scope) {
        Map<String, FileEntry> in = new LinkedHashMap<>();
        entries.forEach((p, e) -> {
            if (scope.includes(p)) {
                in.put(p, e);
            }
        });
        Map<String, String> groups = new HashMap<>();
        linkGroup.forEach((p, root) -> {
            if (scope.includes(p)) {
                groups.put(p, root);
            }
        });
        List<Difference> kept = problems.stream().filter(d -> scope.includes(d.path())).toList();
        return new ImageView(in, groups, kept, bytes, elfChecked, ended);
    }
}
