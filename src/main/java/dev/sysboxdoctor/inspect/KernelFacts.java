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
 * @param osId              /etc/os-release ID ({@code ubuntu}, {@code debian}...), null if unknown
 * @param usernsClone       /proc/sys/kernel/unprivileged_userns_clone: YES = 1, NO = 0, UNKNOWN = absent (not Debian/Ubuntu) or unread
 * @param wslNetworkingMode {@code wslinfo --networking-mode} inside a WSL distro ({@code nat}, {@code mirrored}...), null if not asked
 */
public record KernelFacts(String release, KernelVersion version, KernelPlatform platform, String procVersion,
                          Tri overlayIdmap, String overlayIdmapBasis, ShiftfsState shiftfs, String shiftfsEvidence,
                          Tri systemd, List<Gap> gaps, String osId, Tri usernsClone, String wslNetworkingMode) {
    public KernelFacts {
        gaps = List.copyOf(gaps);
        usernsClone = usernsClone == null ? Tri.UNKNOWN : usernsClone;
    }

    /** Facts without the distro, userns and WSL networking details (not asked). */
    public KernelFacts(String release, KernelVersion version, KernelPlatform platform, String procVersion,
                       Tri overlayIdmap, String overlayIdmapBasis, ShiftfsState shiftfs, String shiftfsEvidence,
                       Tri systemd, List<Gap> gaps) {
        this(release, version, platform, procVersion, overlayIdmap, overlayIdmapBasis, shiftfs, shiftfsEvidence, systemd, gaps,
                null, Tri.UNKNOWN, null);
    }

    public static KernelFacts unknown(List<Gap> gaps) {
        return new KernelFacts(null, null, KernelPlatform.UNKNOWN, null, Tri.UNKNOWN, null, ShiftfsState.UNKNOWN,
                null, Tri.UNKNOWN, gaps);
    }
}
