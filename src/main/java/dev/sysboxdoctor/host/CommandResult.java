package dev.sysboxdoctor.host;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What a command did: its exit code (kept as the OS gave it), raw output bytes (decode with the
 * charset the program really used), and whether it timed out or printed more than the cap.
 */
public record CommandResult(Command command, int exitCode, byte[] stdout, byte[] stderr,
                            boolean timedOut, boolean truncated, Duration elapsed) {
    public boolean ok() {
        return !timedOut && exitCode == 0;
    }

    public String stdoutText() {
        return text(stdout, StandardCharsets.UTF_8);
    }

    public String stderrText() {
        return text(stderr, StandardCharsets.UTF_8);
    }

    public static String text(byte[] bytes, Charset cs) {
        return new String(bytes, cs);
    }

    /** A one-line description for findings and error messages. */
    public String summary() {
        if (timedOut) {
            return command.display() + ": timed out after " + command.timeout().toSeconds() + " s";
        }
        return command.display() + ": exit " + exitCode;
    }
}
