package dev.sysboxdoctor.ui.containers;

/** Where the save dialog is: editing, asking to replace a tag, saving, or one of the ends. */
public enum SavePhase {
    EDITING, CHECKING_TAG, CONFIRM_REPLACE, SAVING, SAVED, REFUSED, CANCELLED, FAILED;

    public boolean busy() {
        return this == CHECKING_TAG || this == SAVING;
    }
}
