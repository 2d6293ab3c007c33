package dev.sysboxdoctor.image;

import java.util.List;

/**
 * The end of a save-all run. Backups in {@code saved} are verified and tagged and stay, even when
 * the run was cancelled; a failed or cancelled container left no temporary image and no tag.
 *
 * @param saved     containers saved and verified, in run order
 * @param failed    containers not saved, with the reason (a cancelled one says so)
 * @param cancelled the run was cancelled; containers after that point are in {@code failed}
 */
public record SaveAllOutcome(List<ContainerSave> saved, List<ContainerSave> failed, boolean cancelled) {
    public SaveAllOutcome {
        saved = List.copyOf(saved);
        failed = List.copyOf(failed);
    }

    /** Every container saved and verified (also true when there was none to save). */
    public boolean allSaved() {
        return !cancelled && failed.isEmpty();
    }

    public int total() {
        return saved.size() + failed.size();
    }
}
