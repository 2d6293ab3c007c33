package dev.sysboxdoctor.remedy;

/** What the newest sysbox-mgr start in the journal did with the shiftfs precheck. */
public enum PrecheckRun {
    SKIPPED("skipped"), RUNS("runs"), NOT_RUN("not run"), UNKNOWN("unknown");

    private final String words;

    PrecheckRun(String words) {
        this.words = words;
    }

    /** As the table and the summary show it; an unknown says why ({@code problem}). */
    String words(String problem) {
        return this == UNKNOWN ? "unknown (" + problem + ")" : words;
    }
}
