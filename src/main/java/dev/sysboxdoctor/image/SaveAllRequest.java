package dev.sysboxdoctor.image;

import dev.sysboxdoctor.diagnose.SysboxMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Save every Sysbox container as a verified backup image.
 *
 * @param tagPrefix      prepended to each container's name: tag {@code <prefix><name>:<UTC yyyyMMdd-HHmmss>}
 * @param sysboxModeHint the diagnosed Sysbox mode (as {@link SaveRequest#sysboxModeHint()}); null = UNKNOWN
 * @param only           names or ids to save; empty = every Sysbox container, running or stopped
 * @param at             the time in every tag of this run (one run, one time)
 */
public record SaveAllRequest(String tagPrefix, SysboxMode sysboxModeHint, List<String> only, Instant at) {
    public static final String DEFAULT_PREFIX = "sysbox-doctor-backup/";

    public SaveAllRequest {
        tagPrefix = tagPrefix == null ? DEFAULT_PREFIX : tagPrefix;
        only = only == null ? List.of() : List.copyOf(only);
        Objects.requireNonNull(at, "at");
    }

    /** Every Sysbox container, default prefix, now. */
    public static SaveAllRequest all(SysboxMode sysboxModeHint) {
        return new SaveAllRequest(DEFAULT_PREFIX, sysboxModeHint, List.of(), Instant.now());
    }

    public SaveAllRequest withPrefix(String prefix) {
        return new SaveAllRequest(prefix, sysboxModeHint, only, at);
    }

    public SaveAllRequest withOnly(List<String> containers) {
        return new SaveAllRequest(tagPrefix, sysboxModeHint, containers, at);
    }
}
