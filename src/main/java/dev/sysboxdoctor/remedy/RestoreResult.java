package dev.sysboxdoctor.remedy;

/**
 * One container put back from its backup.
 *
 * @param keptOldAs the name the old container was renamed to and kept under ("" when nothing was renamed)
 * @param reason    why the restore failed ("" when it worked)
 */
public record RestoreResult(SavedContainer saved, boolean ok, String keptOldAs, String reason) {
    public String name() {
        return saved.container().name();
    }
}
