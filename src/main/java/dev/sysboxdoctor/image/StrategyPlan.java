package dev.sysboxdoctor.image;

import java.util.List;
import java.util.Locale;

/**
 * The order in which {@link Strategy#AUTO} tries the concrete strategies. Pure: the caller passes
 * the diagnosed Sysbox mode (DESIGN.md names: IDMAPPED, SHIFTFS, ROOTFS_CLONING, NOT_INSTALLED,
 * UNKNOWN) and whether the container runs under sysbox-runc.
 */
public final class StrategyPlan {
    private StrategyPlan() {}

    public static List<Strategy> forMode(String sysboxModeHint, boolean sysboxContainer) {
        if (!sysboxContainer) {
            // runc containers commit fine everywhere; commit keeps the image's layers shared.
            return List.of(Strategy.COMMIT, Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT);
        }
        String mode = sysboxModeHint == null ? "UNKNOWN" : sysboxModeHint.trim().toUpperCase(Locale.ROOT);
        return switch (mode) {
            // Commit reads the clone's metadata-only upper dir: known to yield zero-filled files.
            case "ROOTFS_CLONING" -> List.of(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT);
            case "IDMAPPED", "SHIFTFS" -> List.of(Strategy.COMMIT, Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT);
            // Unknown mode (or "not installed" while the container runs sysbox-runc: the diagnosis looked
            // elsewhere): start with the method that does not depend on it.
            default -> List.of(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT, Strategy.COMMIT);
        };
    }

    /** The same for the diagnosis' mode. */
    public static List<Strategy> forMode(dev.sysboxdoctor.diagnose.SysboxMode mode, boolean sysboxContainer) {
        return forMode(mode == null ? null : mode.name(), sysboxContainer);
    }

    /** The attempts for a request: the plan for AUTO, otherwise just the asked strategy. */
    public static List<Strategy> attempts(Strategy asked, String sysboxModeHint, boolean sysboxContainer) {
        return attempts(asked, sysboxModeHint, sysboxContainer, true);
    }

    /** The same, and AUTO leaves out the snapshot of a stopped container (it takes tar inside a running one). */
    public static List<Strategy> attempts(Strategy asked, String sysboxModeHint, boolean sysboxContainer, boolean running) {
        if (asked != Strategy.AUTO) {
            return List.of(asked);
        }
        List<Strategy> plan = forMode(sysboxModeHint, sysboxContainer);
        return running ? plan : plan.stream().filter(s -> s != Strategy.SNAPSHOT).toList();
    }
}
