package dev.sysboxdoctor.ui.dashboard;

/** The sentence at the top of the dashboard, its level (for colour and icon) and what it rests on. */
public record Verdict(Level level, String headline, String basis) {
    public enum Level { PENDING, BROKEN, SAFE, UNKNOWN, NOT_APPLICABLE, FAILED }
}
