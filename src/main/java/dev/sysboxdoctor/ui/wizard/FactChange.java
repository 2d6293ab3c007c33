package dev.sysboxdoctor.ui.wizard;

/** One row of the verify page: a fact before the fix and now. */
public record FactChange(String fact, String before, String after) {
    public boolean changed() {
        return !before.equals(after);
    }
}
