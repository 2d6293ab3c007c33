package dev.sysboxdoctor.image;

public enum Verdict {
    /** Every check ran and matched. */
    PASSED,
    /** At least one difference. */
    FAILED
}
