package dev.sysboxdoctor.ui.containers;

/** Where the save dialog is: editing, asking to replace a tag, saving, or one of the ends. */
public enum SavePhase {
    EDITING, CHECKING_TAG, CONFIRM_REPLACE, SAVING, SAVED,
    /** Verification found real differences: nothing was kept. */
    REFUSED,
    /** No attempt reached a verdict (the reason is shown): nothing was kept. */
    NOT_VERIFIED,
    CANCELLED, FAILED;

    public boolean busy() {
        return this == CHECKING_TAG || this == SAVING;
    }
}
