package dev.sysboxdoctor.ui.dashboard;

/** How the result on screen relates to the machine now: a cancelled re-run leaves the old one, said so. */
public enum Freshness {
    /** Nothing complete yet, or the last run's result. */
    CURRENT,
    /** A re-run is going on; the previous result stays until the new one is complete. */
    REFRESHING,
    /** The last re-run was cancelled: the result shown is the previous one. */
    NOT_REFRESHED_CANCELLED,
    /** The last re-run failed: the result shown is the previous one. */
    NOT_REFRESHED_FAILED,
    /** A setting the result rests on (the engine endpoint) changed since. */
    OUT_OF_DATE
}
