package dev.sysboxdoctor.remedy;

import java.util.Optional;

/**
 * The step that writes a changed .wslconfig: the original kept as a backup before the first
 * change (an older backup is never overwritten), the new bytes put in place atomically, and a
 * rollback that restores the original bytes and drops a backup this step made.
 */
final class WslConfigEdit {
    private WslConfigEdit() {}

    /**
     * @param original the file's bytes now (empty: no file yet, the edit creates it)
     * @param noteKey  the step's note, given one argument: what happens to the backup
     */
    static PlannedStep step(WslConfigFile file, RemedyTexts t, String title, String noteKey, Optional<byte[]> original,
                            WslConfigText text, WslConfigText changed) {
        byte[] newBytes = changed.encode();
        boolean backupExisted = file.hasBackup();
        String shown = file.path().toString();
        String backup = backupExisted ? t.get("unpin.step.note.backupKept", file.backupPath())
                : original.isPresent() ? t.get("unpin.step.note.backupFirst", file.backupPath())
                : t.get("unpin.step.note.newFile");
        return new PlannedStep(Step.fileChange("edit-wslconfig", title, shown,
                        UnifiedDiff.of(shown, original.isPresent() ? text.text() : null, changed.text()))
                .withNote(t.get(noteKey, backup)),
                log -> {
                    file.backupOnce(original);
                    file.replace(newBytes);
                    log.log(original.isPresent() ? t.get("unpin.log.wroteWithBackup", file.path(), file.backupPath())
                            : t.get("unpin.log.wrote", file.path()));
                },
                log -> {
                    file.restore(original);
                    if (!backupExisted) {
                        file.dropBackup();
                    }
                    log.log(t.get("unpin.log.restored", file.path()));
                }, PlannedStep.Resettle.NO);
    }
}
