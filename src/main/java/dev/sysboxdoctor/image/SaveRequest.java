package dev.sysboxdoctor.image;

import dev.sysboxdoctor.diagnose.SysboxMode;
import java.util.Objects;

/**
 * What to save and how.
 *
 * @param container      name or id of the source container (never changed)
 * @param tag            the user's REPO:TAG; it moves only after verification passes
 * @param strategy       a concrete strategy, or AUTO to pick by {@code sysboxModeHint} and fall back
 * @param sysboxModeHint the diagnosed Sysbox mode; null = UNKNOWN
 * @param force          replace an existing tag
 * @param pause          pause the container during commit (Docker's default; only commit pauses)
 * @param author         commit author, may be null
 * @param message        commit/import message, may be null
 * @param fullVerify     hash every file, not only the changed and executable ones
 */
public record SaveRequest(String container, String tag, Strategy strategy, SysboxMode sysboxModeHint, boolean force,
                          boolean pause, String author, String message, boolean fullVerify) {
    public SaveRequest {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(strategy, "strategy");
    }

    public static SaveRequest of(String container, String tag, Strategy strategy) {
        return new SaveRequest(container, tag, strategy, null, false, true, null, null, false);
    }

    public SaveRequest withModeHint(SysboxMode mode) {
        return new SaveRequest(container, tag, strategy, mode, force, pause, author, message, fullVerify);
    }

    public SaveRequest withForce(boolean f) {
        return new SaveRequest(container, tag, strategy, sysboxModeHint, f, pause, author, message, fullVerify);
    }

    public SaveRequest withPause(boolean p) {
        return new SaveRequest(container, tag, strategy, sysboxModeHint, force, p, author, message, fullVerify);
    }

    public SaveRequest withAuthorAndMessage(String a, String m) {
        return new SaveRequest(container, tag, strategy, sysboxModeHint, force, pause, a, m, fullVerify);
    }

    public SaveRequest withFullVerify(boolean full) {
        return new SaveRequest(container, tag, strategy, sysboxModeHint, force, pause, author, message, full);
    }
}
