package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.RemedyId;

/** What "Fix..." does for a finding (the remedy wizard), and "Save a container..." for save remedies. */
public interface FixAction {
    FixAction NONE = new FixAction() {
        @Override
        public boolean canFix(Finding f) {
            return false;
        }

        @Override
        public void fix(Finding f) {
            // nothing to do
        }
    };

    boolean canFix(Finding f);

    /**
     * The cause a finding's fix addresses (the remedy the wizard runs), or null: findings with the
     * same cause get one button, on the worst of them.
     */
    default RemedyId causeOf(Finding f) {
        return null;
    }

    void fix(Finding f);

    /** The finding also suggests saving containers with a verified method (until the cause is fixed). */
    default boolean offersSave(Finding f) {
        return false;
    }

    /** Opens the Containers page. */
    default void save(Finding f) {
        // nothing by default
    }

    /** The finding is about containers whose changes would be lost: "Save all now" backs them all up. */
    default boolean offersSaveAll(Finding f) {
        return false;
    }

    /** Starts saving every Sysbox container (a background job with progress and cancel). */
    default void saveAll(Finding f) {
        // nothing by default
    }
}
