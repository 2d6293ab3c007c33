package dev.sysboxdoctor.remedy;

/** A step could not do its work; the message is one plain sentence for the user. */
public final class StepFailedException extends Exception {
    StepFailedException(String message) {
        super(message);
    }

    StepFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
