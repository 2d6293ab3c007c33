package dev.sysboxdoctor.ui.wizard;

/** The wizard's pages, in order. */
public enum WizardStep {
    EXPLAIN, PREVIEW, RUN, VERIFY, DONE
}
