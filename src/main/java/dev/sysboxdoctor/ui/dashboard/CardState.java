package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Severity;

/** How a status card looks: still waiting, a finding's severity, timed out, unknown or not applicable. */
public enum CardState {
    PENDING, OK, INFO, WARNING, ERROR, TIMED_OUT, UNKNOWN, NOT_APPLICABLE;

    static CardState of(Severity s) {
        return switch (s) {
            case ERROR -> ERROR;
            case WARNING -> WARNING;
            case INFO -> INFO;
            case OK -> OK;
        };
    }

    public String styleClass() {
        return "state-" + name().toLowerCase().replace('_', '-');
    }
}
