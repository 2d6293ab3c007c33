package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * What holds Sysbox containers' changes under rootfs cloning, and when it was lost.
 *
 * @param readable  the clone dir could be listed (NO: e.g. no permission; UNKNOWN: not asked)
 * @param dataRoot  sysbox-mgr's data root (its {@code --data-root}, default {@code /var/lib/sysbox})
 * @param cloneIds  container ids with a clone under {@code <dataRoot>/rootfs}
 * @param stops     sysbox-mgr stops in the journal, oldest first
 * @param evidence  raw lines (listing errors)
 */
public record CloneFacts(Tri readable, String dataRoot, List<String> cloneIds, List<MgrStop> stops, List<String> evidence) {
    public static final String DEFAULT_DATA_ROOT = "/var/lib/sysbox";

    public CloneFacts {
        cloneIds = List.copyOf(cloneIds);
        stops = List.copyOf(stops);
        evidence = List.copyOf(evidence);
    }

    public static CloneFacts unknown() {
        return new CloneFacts(Tri.UNKNOWN, DEFAULT_DATA_ROOT, List.of(), List.of(), List.of());
    }

    /** True when a clone was listed for this container id (full, or the engine's 12-character short id). */
    public boolean hasClone(String containerId) {
        return !containerId.isEmpty() && cloneIds.stream().anyMatch(id -> id.startsWith(containerId));
    }

    /** The last stop whose list names this container (short id prefix), or null. */
    public MgrStop lastStopNaming(String containerId) {
        MgrStop found = null;
        for (MgrStop s : stops) {
            if (s.containerIds().stream().anyMatch(id -> !id.isEmpty() && (containerId.startsWith(id) || id.startsWith(containerId)))) {
                found = s;
            }
        }
        return found;
    }
}
