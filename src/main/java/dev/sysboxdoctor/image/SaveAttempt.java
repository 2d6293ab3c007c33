package dev.sysboxdoctor.image;

import java.time.Duration;

/**
 * One strategy tried by a save.
 *
 * @param verification null when the attempt failed before an image existed (then {@code error} says why)
 * @param error        null when the attempt produced an image; otherwise a one-line reason
 */
public record SaveAttempt(Strategy strategy, VerificationResult verification, String error, Duration elapsed) {
    public boolean passed() {
        return error == null && verification != null && verification.passed();
    }
}
