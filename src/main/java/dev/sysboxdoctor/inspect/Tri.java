package dev.sysboxdoctor.inspect;

/** A yes/no fact that may not have been learned. JSON renders UNKNOWN as null. */
public enum Tri {
    YES, NO, UNKNOWN;

    public static Tri of(boolean b) {
        return b ? YES : NO;
    }

    public boolean isYes() {
        return this == YES;
    }

    public boolean isNo() {
        return this == NO;
    }

    /** true, false or null (unknown), for JSON. */
    public Boolean asBoolean() {
        return this == UNKNOWN ? null : this == YES;
    }
}
