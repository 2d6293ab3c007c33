package dev.sysboxdoctor.inspect;

import java.time.Instant;
import java.util.List;

/**
 * What sysbox-mgr logged the last time it started (from "Starting sysbox-mgr" to "Ready ..."),
 * which is Sysbox's own verdict on the UID-shift methods. Absent lines are UNKNOWN / false.
 *
 * @param startedAt      time of the start line (null if the journal had no usable time)
 * @param shiftfsDisabled {@code Use of shiftfs disabled.}
 * @param lines          the block's message lines verbatim, for evidence
 */
public record MgrStartBlock(Instant startedAt, String version,
                            Tri shiftfsModuleFound, Tri shiftfsWorks, Tri shiftfsOnOverlayfsWorks, boolean shiftfsDisabled,
                            Tri idmappedMountSupported, boolean idmappedMountDisabled,
                            Tri overlayfsOnIdmapSupported, boolean overlayfsOnIdmapDisabled,
                            boolean rootfsCloningDisabled, List<String> lines) {
    public MgrStartBlock {
        lines = List.copyOf(lines);
    }

    /** The first block line containing {@code text}, or null: exact evidence for a finding. */
    public String lineContaining(String text) {
        return lines.stream().filter(l -> l.contains(text)).findFirst().orElse(null);
    }
}
