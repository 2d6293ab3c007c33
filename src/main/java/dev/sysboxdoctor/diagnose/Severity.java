package dev.sysboxdoctor.diagnose;

/** Finding severity, worst first. ERROR makes {@code diagnose} exit 1. */
public enum Severity {
    ERROR, WARNING, INFO, OK
}
