package dev.sysboxdoctor.ui.wizard;

/** What the wizard is doing or where it ended. */
public enum WizardStatus {
    LOADING, REFUSED, READY, RUNNING, RUN_FAILED, VERIFYING, VERIFIED, NOT_FIXED, UNDOING, UNDONE, UNDO_FAILED;

    public boolean busy() {
        return this == LOADING || this == RUNNING || this == VERIFYING || this == UNDOING;
    }
}
