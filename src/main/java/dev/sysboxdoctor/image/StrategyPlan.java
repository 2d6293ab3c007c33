package dev.sysboxdoctor.image;

import dev.sysboxdoctor.diagnose.SysboxMode;
import java.util.List;

/**
 * The order in which {@link Strategy#AUTO} tries the concrete strategies. Pure: the caller passes
 * the diagnosed Sysbox mode (null: unknown) and whether the container runs under sysbox-runc.
 */
public final class StrategyPlan {
    private StrategyPlan() {}

    public static List<Strategy> forMode(SysboxMode mode, boolean sysboxContainer) {
        if (!sysboxContainer) {
            // runc containers commit fine everywhere; commit keeps the image's layers shared.
            return List.of(Strategy.COMMIT, Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT);
        }
        return switch (mode == null ? SysboxMode.UNKNOWN : mode) {
            // Commit reads the clone's metadata-only upper dir: known to yield zero-filled files.
            case ROOTFS_CLONING -> List.of(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT);
            case IDMAPPED, SHIFTFS -> List.of(Strategy.COMMIT, Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT);
            // Unknown mode (or "not installed" while the container runs sysbox-runc: the diagnosis looked
            // elsewhere): start with the method that does not depend on it.
            case NOT_INSTALLED, USERNS_REMAP, UNKNOWN -> List.of(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT, Strategy.COMMIT);
        };
    }

    /** The attempts for a request: the plan for AUTO, otherwise just the asked strategy. */
    public static List<Strategy> attempts(Strategy asked, SysboxMode sysboxModeHint, boolean sysboxContainer) {
        return attempts(asked, sysboxModeHint, sysboxContainer, true);
    }

    /** The same, and AUTO leaves out what needs a running container (the snapshot) when it is stopped. */
    public static List<Strategy> attempts(Strategy asked, SysboxMode sysboxModeHint, boolean sysboxContainer, boolean running) {
        return asked.attempts(sysboxModeHint, sysboxContainer, running);
    }
}
