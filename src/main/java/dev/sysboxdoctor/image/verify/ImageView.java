package dev.sysboxdoctor.image.verify;

import dev.sysboxdoctor.image.Difference;
import java.util.List;
import java.util.Map;

/**
 * The image's filesystem as streamed: metadata (and hashes where asked) per path, hard-link
 * groups (path -> the first path of its group), structural problems found on the way.
 */
public record ImageView(Map<String, FileEntry> entries, Map<String, String> linkGroup, List<Difference> problems,
                        long bytes, long elfChecked) {
    public ImageView {
        entries = Map.copyOf(entries);
        linkGroup = Map.copyOf(linkGroup);
        problems = List.copyOf(problems);
    }
}
