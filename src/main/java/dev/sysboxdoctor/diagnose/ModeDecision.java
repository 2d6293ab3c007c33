package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.KernelFacts;
import dev.sysboxdoctor.inspect.MgrStartBlock;
import dev.sysboxdoctor.inspect.ShiftfsState;
import dev.sysboxdoctor.inspect.Tri;
import java.util.ArrayList;
import java.util.List;

/**
 * Sysbox's own choice of UID-shift method, in sysbox-runc's order (facts/sysbox.md §1):
 * ID-mapped mounts when overlayfs on ID-mapped layers works and no flag disables it; else shiftfs
 * when the module is there and its precheck passes (or is disabled); else chown with rootfs
 * cloning, unless --disable-rootfs-cloning. Either predicted from kernel + flags or read from
 * the journal's start block.
 *
 * @param chownWithoutCloning --disable-rootfs-cloning on a host that would otherwise clone
 */
record ModeDecision(SysboxMode mode, boolean chownWithoutCloning, ModeBasis basis, List<String> evidence) {
    static final String DISABLE_SHIFTFS = "--disable-shiftfs";
    static final String DISABLE_PRECHECK = "--disable-shiftfs-precheck";
    static final String DISABLE_IDMAP = "--disable-idmapped-mount";
    static final String DISABLE_OVFS_IDMAP = "--disable-ovfs-on-idmapped-mount";
    static final String DISABLE_CLONING = "--disable-rootfs-cloning";

    ModeDecision {
        evidence = List.copyOf(evidence);
    }

    /** What sysbox-mgr would decide with these flags on this kernel. */
    static ModeDecision predict(KernelFacts k, List<String> flags) {
        List<String> ev = new ArrayList<>();
        if (k.release() != null) {
            ev.add("kernel " + k.release());
        }
        boolean idmapOff = has(flags, DISABLE_IDMAP) || has(flags, DISABLE_OVFS_IDMAP);
        for (String f : List.of(DISABLE_IDMAP, DISABLE_OVFS_IDMAP, DISABLE_SHIFTFS, DISABLE_PRECHECK, DISABLE_CLONING)) {
            if (has(flags, f)) {
                ev.add("sysbox-mgr flag " + f);
            }
        }
        if (k.overlayIdmapBasis() != null && !idmapOff) {
            ev.add("overlayfs on ID-mapped mounts: " + k.overlayIdmapBasis());
        }
        if (k.overlayIdmap() == Tri.YES && !idmapOff) {
            return new ModeDecision(SysboxMode.IDMAPPED, false, ModeBasis.of(BasisKind.PREDICTED_IDMAPPED), ev);
        }
        if (k.overlayIdmap() == Tri.UNKNOWN && !idmapOff) {
            return new ModeDecision(SysboxMode.UNKNOWN, false, ModeBasis.of(BasisKind.CANNOT_PREDICT_IDMAP), ev);
        }
        if (!has(flags, DISABLE_SHIFTFS)) {
            if (k.shiftfs() == ShiftfsState.LOADED || k.shiftfs() == ShiftfsState.AVAILABLE) {
                ev.add("shiftfs " + k.shiftfs() + (k.shiftfsEvidence() != null ? " (" + k.shiftfsEvidence() + ")" : ""));
                return new ModeDecision(SysboxMode.SHIFTFS, false, ModeBasis.of(has(flags, DISABLE_PRECHECK)
                        ? BasisKind.PREDICTED_SHIFTFS_PRECHECK_DISABLED : BasisKind.PREDICTED_SHIFTFS_IF_PRECHECK_PASSES), ev);
            }
            if (k.shiftfs() == ShiftfsState.UNKNOWN) {
                return new ModeDecision(SysboxMode.UNKNOWN, false, ModeBasis.of(BasisKind.CANNOT_PREDICT_SHIFTFS), ev);
            }
            ev.add("shiftfs ABSENT" + (k.shiftfsEvidence() != null ? " (" + k.shiftfsEvidence() + ")" : ""));
        }
        if (has(flags, DISABLE_CLONING)) {
            return new ModeDecision(SysboxMode.UNKNOWN, true, ModeBasis.of(BasisKind.PREDICTED_CHOWN_WITHOUT_CLONING), ev);
        }
        return new ModeDecision(SysboxMode.ROOTFS_CLONING, false, ModeBasis.of(has(flags, DISABLE_SHIFTFS)
                ? BasisKind.PREDICTED_CLONING_SHIFTFS_DISABLED : BasisKind.PREDICTED_CLONING), ev);
    }

    /** What sysbox-mgr logged at its last start; UNKNOWN when the block lacks the deciding lines. */
    static ModeDecision fromJournal(MgrStartBlock b) {
        List<String> ev = new ArrayList<>();
        for (String key : List.of("Overlayfs on ID-mapped mounts", "Use of overlayfs on ID-mapped mounts disabled",
                "ID-mapped mounts supported", "Use of ID-mapped mounts disabled", "Shiftfs module found", "Shiftfs works properly",
                "Shiftfs-on-overlayfs works properly", "Use of shiftfs disabled", "Rootfs cloning disabled")) {
            String line = b.lineContaining(key);
            if (line != null && !ev.contains(line)) {
                ev.add(line);
            }
        }
        if (b.overlayfsOnIdmapSupported() == Tri.YES && !b.overlayfsOnIdmapDisabled() && !b.idmappedMountDisabled()
                && b.idmappedMountSupported() != Tri.NO) {
            return new ModeDecision(SysboxMode.IDMAPPED, false, journal(BasisKind.JOURNAL_IDMAPPED, b), ev);
        }
        boolean idmapDecided = b.overlayfsOnIdmapSupported() == Tri.NO || b.overlayfsOnIdmapDisabled() || b.idmappedMountDisabled()
                || b.idmappedMountSupported() == Tri.NO;
        boolean shiftfsUsable = !b.shiftfsDisabled() && b.shiftfsModuleFound() == Tri.YES && b.shiftfsWorks() != Tri.NO
                && b.shiftfsOnOverlayfsWorks() != Tri.NO;
        boolean shiftfsDecided = b.shiftfsDisabled() || b.shiftfsModuleFound() != Tri.UNKNOWN;
        if (!idmapDecided || !shiftfsDecided) {
            return new ModeDecision(SysboxMode.UNKNOWN, false, journal(BasisKind.JOURNAL_UNDECIDED, b), ev);
        }
        if (shiftfsUsable) {
            return new ModeDecision(SysboxMode.SHIFTFS, false, journal(b.shiftfsWorks() == Tri.YES
                    ? BasisKind.JOURNAL_SHIFTFS_WORKS : BasisKind.JOURNAL_SHIFTFS_PRECHECK_SKIPPED, b), ev);
        }
        if (b.rootfsCloningDisabled()) {
            return new ModeDecision(SysboxMode.UNKNOWN, true, journal(BasisKind.JOURNAL_CHOWN_WITHOUT_CLONING, b), ev);
        }
        return new ModeDecision(SysboxMode.ROOTFS_CLONING, false, journal(BasisKind.JOURNAL_CLONING, b), ev);
    }

    /** Set as {@code --flag} or {@code --flag=true}; {@code --flag=false} is off (urfave/cli bool flags). */
    static boolean has(List<String> flags, String flag) {
        return dev.sysboxdoctor.inspect.SysboxFacts.flagSet(flags, flag);
    }

    private static ModeBasis journal(BasisKind kind, MgrStartBlock b) {
        return new ModeBasis(kind, b.startedAt());
    }
}
