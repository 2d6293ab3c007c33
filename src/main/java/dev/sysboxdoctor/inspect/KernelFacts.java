package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * The kernel of one target.
 *
 * @param release           {@code uname -r} (or /proc/sys/kernel/osrelease); null if unknown
 * @param version           parsed from the release; null if it did not parse
 * @param procVersion       first line of /proc/version, for evidence
 * @param overlayIdmap      overlayfs on ID-mapped lower layers (kernel >= 5.19, and not compiled out)
 * @param overlayIdmapBasis why we think so ("kernel 5.15 < 5.19", "CONFIG_OVERLAY_FS=n in /proc/config.gz")
 * @param shiftfsEvidence   the /proc/modules line or the modprobe result
 * @param systemd           PID 1 is systemd (systemctl works)
 */
public record KernelFacts(String release, KernelVersion version, KernelPlatform platform, String procVersion,
                          Tri overlayIdmap, String overlayIdmapBasis, ShiftfsState shiftfs, String shiftfsEvidence,
                          Tri systemd, List<Gap> gaps) {
    public KernelFacts {
        gaps = List.copyOf(gaps);
    }

    public static KernelFacts unknown(List<Gap> gaps) {
        return new KernelFacts(null, null, KernelPlatform.UNKNOWN, null, Tri.UNKNOWN, null, ShiftfsState.UNKNOWN,
                null, Tri.UNKNOWN, gaps);
    }
}
