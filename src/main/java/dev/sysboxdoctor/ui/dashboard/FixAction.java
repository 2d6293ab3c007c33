package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;

/** What "Fix..." does for a finding: open the remedy wizard, or the save dialog for save remedies. */
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

    void fix(Finding f);
}
