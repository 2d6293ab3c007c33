package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.inspect.ScriptSections.Section;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether sysbox-mgr and sysbox-fs are up and why not, from the fact script's unit states,
 * journals and unit files. The causes are sysbox-mgr's and systemd's own words (failures.md B).
 */
public final class SysboxHealthParser {
    /** sysbox-mgr's flags: written anywhere but sysbox-mgr's ExecStart they do nothing. */
    private static final Pattern MGR_FLAG = Pattern.compile("(?<![\\w-])(--?(?:disable-shiftfs-precheck|disable-shiftfs-on-fuse|"
            + "disable-shiftfs|disable-idmapped-mount|disable-ovfs-on-idmapped-mount|disable-rootfs-cloning|"
            + "disable-inner-image-preload|data-root)(?:=[^\\s\"';&]+)?)");

    private SysboxHealthParser() {}

    public static SysboxHealth parse(Map<String, Section> s, List<SystemdUnit.UnitFile> unitFiles, MgrStartBlock lastStart,
                                     String mgrLog) {
        UnitState mgr = unitState(s.get("mgr-show"));
        UnitState fs = unitState(s.get("fs-show"));
        List<String> mgrLines = lastStart != null ? lastStart.lines() : JournalParser.lines(text(s.get("journal")));
        MgrFailure failure = mgrFailure(mgrLines, mgr);
        Section fsJournal = s.get("fs-journal");
        FsFailure fsFailure = fsFailure(fsJournal != null && fsJournal.ok() ? JournalParser.lines(fsJournal.text()) : List.of(), fs);
        Section fm = s.get("fusermount");
        Tri fusermount = fm == null || fm.rc() == ScriptSections.TRUNCATED ? Tri.UNKNOWN : Tri.of(fm.rc() == 0);
        return new SysboxHealth(mgr, failure, fs, fsFailure, fusermount, misplacedFlags(unitFiles), mgrLog);
    }

    /** "ActiveState=failed" ... lines of {@code systemctl show}; UNKNOWN when not asked or systemctl is missing. */
    public static UnitState unitState(Section show) {
        if (show == null || !show.ok()) {
            return UnitState.UNKNOWN;
        }
        Map<String, String> p = SystemdUnit.properties(show.text());
        String active = blankToNull(p.get("ActiveState"));
        return active == null ? UnitState.UNKNOWN : new UnitState(active, blankToNull(p.get("SubState")), blankToNull(p.get("Result")));
    }

    /**
     * The cause of sysbox-mgr's last failed start, from the lines after its newest start (sysbox-mgr's
     * fatal line, systemd's timeout) and the unit's state; null when the last start succeeded.
     */
    public static MgrFailure mgrFailure(List<String> lines, UnitState unit) {
        MgrFailure found = null;
        for (String l : lines) {
            String m = JournalParser.message(l);
            if (m.startsWith("Ready ...") || m.equals("Ready")) {
                found = null;
                continue;
            }
            MgrFailure.Cause c = cause(m, l);
            if (c != null && (found == null || found.cause() == MgrFailure.Cause.OTHER)) {
                found = new MgrFailure(c, l);
            }
        }
        if (found != null) {
            return found;
        }
        if (unit.failed()) {
            return "timeout".equals(unit.result()) ? new MgrFailure(MgrFailure.Cause.START_TIMEOUT, "sysbox-mgr.service " + unit.describe())
                    : new MgrFailure(MgrFailure.Cause.OTHER, "sysbox-mgr.service " + unit.describe());
        }
        return null;
    }

    private static MgrFailure.Cause cause(String m, String line) {
        if (line.contains("start operation timed out") || m.contains("start operation timed out")) {
            return MgrFailure.Cause.START_TIMEOUT;
        }
        if (m.contains("preflight check failed") || m.contains("is not installed on host")) {
            return MgrFailure.Cause.MISSING_TOOL;
        }
        if (m.contains("ID-mapping check failed")) {
            return MgrFailure.Cause.IDMAP_CHECK_FAILED;
        }
        if (m.contains("subid allocator") || m.contains("matching subuid and subgids")) {
            return MgrFailure.Cause.SUBID;
        }
        if (m.contains("program is running as pid")) {
            return MgrFailure.Cause.STALE_PIDFILE;
        }
        if (m.contains("can't be on overlayfs") || m.contains("can't be on tmpfs")) {
            return MgrFailure.Cause.DATA_ROOT_FS;
        }
        if (m.startsWith("failed to create sysbox-mgr") || m.startsWith("failed to start sysbox-mgr") || line.contains("level=fatal")
                || line.contains("\"level\":\"fatal\"") || line.contains("FATA[")) {
            return MgrFailure.Cause.OTHER;
        }
        return null;
    }

    /** The cause sysbox-fs's journal shows; null when the unit is fine and its journal shows no failure. */
    public static FsFailure fsFailure(List<String> lines, UnitState unit) {
        FsFailure found = null;
        for (String l : lines) {
            String m = JournalParser.message(l);
            if ((m.contains("fusermount") || l.contains("fusermount")) && l.contains("executable file not found")) {
                found = new FsFailure(FsFailure.Cause.FUSERMOUNT_MISSING, l);
            } else if (l.contains("fusermount") && l.contains("mount failed: Permission denied")) {
                found = new FsFailure(FsFailure.Cause.APPARMOR_DENIED, l);
            } else if (l.contains("apparmor=\"DENIED\"") && l.contains("fusermount")) {
                found = new FsFailure(FsFailure.Cause.APPARMOR_DENIED, l);
            } else if (m.startsWith("Initiating sysbox-fs") || m.startsWith("Ready ...")) {
                found = null;
            }
        }
        if (found != null) {
            return found;
        }
        if (unit.failed()) {
            String last = null;
            for (String l : lines) {
                if (l.contains("level=fatal") || l.contains("level=error") || l.contains("\"level\":\"fatal\"")) {
                    last = l;
                }
            }
            return new FsFailure(FsFailure.Cause.OTHER, last != null ? last : "sysbox-fs.service " + unit.describe());
        }
        return null;
    }

    /** sysbox-mgr flags in the ExecStart of sysbox.service or sysbox-fs.service (main files and drop-ins). */
    public static List<MisplacedFlag> misplacedFlags(List<SystemdUnit.UnitFile> files) {
        List<MisplacedFlag> out = new ArrayList<>();
        for (SystemdUnit.UnitFile f : files) {
            String unit = f.path().matches(".*/sysbox\\.service(\\.d/.*)?$") ? "sysbox.service"
                    : f.path().matches(".*/sysbox-fs\\.service(\\.d/.*)?$") ? "sysbox-fs.service" : null;
            if (unit == null) {
                continue;
            }
            String exec = SystemdUnit.effective(unit, List.of(f)).execStart();
            if (exec == null) {
                continue;
            }
            Matcher m = MGR_FLAG.matcher(exec);
            while (m.find()) {
                out.add(new MisplacedFlag(f.path(), m.group(1)));
            }
        }
        return out;
    }

    /** The target's UTC offset from {@code date +%z} ("+0100"), or null. */
    public static ZoneOffset offset(Section tz) {
        if (tz == null || !tz.ok()) {
            return null;
        }
        String v = tz.text().strip();
        if (!v.matches("[+-]\\d{4}")) {
            return null;
        }
        try {
            return ZoneOffset.of(v.substring(0, 3) + ":" + v.substring(3));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(Section s) {
        return s != null && s.ok() ? s.text() : "";
    }

    private static String blankToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
