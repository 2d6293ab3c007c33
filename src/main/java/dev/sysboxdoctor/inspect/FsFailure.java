package dev.sysboxdoctor.inspect;

/**
 * Why sysbox-fs is not working, where its journal shows it.
 *
 * @param line the exact line, or null when only the unit state tells
 */
public record FsFailure(Cause cause, String line) {
    public enum Cause {
        /** {@code fusermount: exec: "fusermount": executable file not found in $PATH} (or fusermount3). */
        FUSERMOUNT_MISSING,
        /** {@code fusermount3: mount failed: Permission denied}: AppArmor's fusermount3 profile (Ubuntu 25.04+). */
        APPARMOR_DENIED,
        OTHER
    }
}
