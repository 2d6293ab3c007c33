package dev.sysboxdoctor.remedy;

import java.util.List;

/**
 * The end of {@link ContainerGuard#saveAll}: what was saved (kept, whatever else happened), what
 * failed, and whether a cancel stopped it.
 */
public record SaveAllResult(List<SavedContainer> saved, List<SaveFailure> failed, boolean cancelled) {
    public SaveAllResult {
        saved = List.copyOf(saved);
        failed = List.copyOf(failed);
    }

    public boolean complete() {
        return failed.isEmpty() && !cancelled;
    }
}
