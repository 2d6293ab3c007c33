package dev.sysboxdoctor.ui.containers;

import java.time.LocalDate;
import java.util.Locale;

/** The tag the save dialog starts with: {@code <container>-saved:<date>}, a valid Docker reference. */
final class SuggestedTag {
    private SuggestedTag() {}

    static String of(String containerName, LocalDate day) {
        String repo = containerName == null ? "" : containerName.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "").replaceAll("[._-]+$", "");
        if (repo.isEmpty()) {
            repo = "container";
        }
        return repo + "-saved:" + day;
    }
}
