package dev.sysboxdoctor.diagnose;

/** Whether {@code docker commit} of a Sysbox container yields a working image on a target. */
public enum CommitRisk {
    SAFE, BROKEN, UNKNOWN, NOT_APPLICABLE
}
