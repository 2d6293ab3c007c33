package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.inspect.ScriptSections.Section;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sysbox facts from the fact script's sections (sysbox-runc, dpkg, units, mgr-procs, mgr-show, journal). */
public final class SysboxParser {
    private static final Pattern RUNC_VERSION = Pattern.compile("(?m)^\\s*version:\\s*(\\S+)");
    private static final Pattern SHOW_TIME = Pattern.compile("(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)\\s+(\\S+)");

    private SysboxParser() {}

    public static SysboxFacts parse(Map<String, Section> s) {
        List<Gap> gaps = new ArrayList<>();
        Section runc = s.get("sysbox-runc");
        Section dpkg = s.get("dpkg");
        String version = null;
        String versionSource = null;
        if (runc != null && runc.ok()) {
            Matcher m = RUNC_VERSION.matcher(runc.text());
            if (m.find()) {
                version = m.group(1);
                versionSource = "sysbox-runc --version";
            }
        }
        if (version == null && dpkg != null && dpkg.ok() && !dpkg.text().isBlank()) {
            version = KernelParser.firstLine(dpkg.text()).replaceFirst("^\\d+:", "").replaceFirst("-0\\.linux$", "");
            versionSource = "dpkg-query (package version)";
        }

        Section units = s.get("units");
        List<SystemdUnit.UnitFile> files = units == null ? List.of() : SystemdUnit.parseFiles(units.text());
        SystemdUnit.Effective eff = SystemdUnit.effective("sysbox-mgr.service", files);
        List<String> argv = SystemdUnit.argv(eff.execStart());
        List<String> configured = argv.size() > 1 ? argv.subList(1, argv.size()) : List.of();

        Tri installed;
        if (version != null || eff.execStart() != null) {
            installed = Tri.YES;
        } else if (runc != null && runc.rc() == 127 && (dpkg == null || !dpkg.ok()) && units != null && files.isEmpty()) {
            installed = Tri.NO;
        } else if (runc == null && dpkg == null) {
            installed = Tri.UNKNOWN;
            gaps.add(Gap.of("sysbox.installed", "the fact script did not report on Sysbox (cut off?)"));
        } else {
            installed = runc != null && runc.rc() == 127 && (dpkg == null || !dpkg.ok()) ? Tri.NO : Tri.UNKNOWN;
            if (installed == Tri.UNKNOWN) {
                gaps.add(new Gap("sysbox.installed", "sysbox-runc did not answer as expected", KernelParser.evidence(runc, dpkg)));
            }
        }
        if (installed == Tri.YES && version == null) {
            gaps.add(new Gap("sysbox.version", "could not read the Sysbox version", KernelParser.evidence(runc, dpkg)));
        }

        Section procs = s.get("mgr-procs");
        Tri running = Tri.UNKNOWN;
        List<String> runningFlags = List.of();
        if (procs != null && procs.rc() != ScriptSections.TRUNCATED) {
            running = Tri.NO;
            for (String l : procs.text().split("\n")) {
                if (l.startsWith("@@PROC ")) {
                    running = Tri.YES;
                    String[] p = l.substring(7).split(" ", 2);
                    List<String> a = p.length > 1 ? List.of(p[1].split("\u0001")) : List.of();
                    a = a.stream().filter(x -> !x.isEmpty()).toList();
                    runningFlags = a.size() > 1 ? a.subList(1, a.size()) : List.of();
                }
            }
        }

        Section show = s.get("mgr-show");
        Instant startedAt = null;
        Tri needReload = Tri.UNKNOWN;
        if (show != null && show.ok()) {
            Map<String, String> props = SystemdUnit.properties(show.text());
            startedAt = showTime(props.get("ActiveEnterTimestamp"));
            String nr = props.getOrDefault("NeedDaemonReload", "");
            needReload = nr.equals("yes") ? Tri.YES : nr.equals("no") ? Tri.NO : Tri.UNKNOWN;
        }

        Section journal = s.get("journal");
        ZoneOffset offset = SysboxHealthParser.offset(s.get("tz"));
        MgrStartBlock block = null;
        if (journal != null && journal.ok()) {
            block = JournalParser.lastStart(journal.text(), offset);
        } else if (installed == Tri.YES) {
            gaps.add(new Gap("sysbox.journal", "could not read sysbox-mgr's journal", KernelParser.evidence(journal)));
        }
        String logFile = null;
        Section log = s.get("mgr-log");
        if (log != null && log.text().startsWith("@@LOG ")) {
            // sysbox-mgr --log=FILE: its own lines are in the file, systemd's stay in the journal
            int nl = log.text().indexOf('\n');
            logFile = (nl < 0 ? log.text() : log.text().substring(0, nl)).substring(6).strip();
            MgrStartBlock fromFile = JournalParser.lastStart(nl < 0 ? "" : log.text().substring(nl + 1), offset);
            if (fromFile != null && (block == null || block.startedAt() == null || fromFile.startedAt() == null
                    || !fromFile.startedAt().isBefore(block.startedAt()))) {
                block = withSystemdTail(fromFile, journal);
            }
        }
        if (installed == Tri.YES && block == null && logFile == null && journal != null && journal.ok()) {
            boolean denied = journal.text().contains("insufficient permissions") || journal.text().contains("not seeing messages from other users");
            gaps.add(new Gap("sysbox.journal", denied
                    ? "cannot read the system journal as this user (run with sudo, or join the systemd-journal group)"
                    : "the journal holds no sysbox-mgr start (journald not persistent, or not started since boot)",
                    List.of(KernelParser.abbreviate(KernelParser.firstLine(journal.text())))));
        }
        SysboxHealth health = installed == Tri.YES ? SysboxHealthParser.parse(s, files, block, logFile) : SysboxHealth.UNKNOWN;
        return new SysboxFacts(installed, version, versionSource, eff.execStart(), eff.files(), configured, running,
                runningFlags, startedAt, eff.newestChange(), needReload, block, gaps, health,
                clones(s.get("clones"), journal != null && journal.ok() ? journal.text() : null));
    }

    /** A file log's start block plus systemd's own lines about the unit (a timeout shows only there). */
    private static MgrStartBlock withSystemdTail(MgrStartBlock b, Section journal) {
        if (journal == null || !journal.ok()) {
            return b;
        }
        List<String> lines = new ArrayList<>(b.lines());
        List<String> all = JournalParser.lines(journal.text());
        int from = 0;
        for (int i = 0; i < all.size(); i++) {
            if (JournalParser.message(all.get(i)).startsWith("Starting sysbox-mgr")) {
                from = i;
            }
        }
        for (String l : all.subList(from, all.size())) {
            if (l.contains("systemd[") && l.contains("sysbox-mgr")) {
                lines.add(l);
            }
        }
        return new MgrStartBlock(b.startedAt(), b.version(), b.shiftfsModuleFound(), b.shiftfsWorks(), b.shiftfsOnOverlayfsWorks(),
                b.shiftfsDisabled(), b.idmappedMountSupported(), b.idmappedMountDisabled(), b.overlayfsOnIdmapSupported(),
                b.overlayfsOnIdmapDisabled(), b.rootfsCloningDisabled(), lines);
    }

    /** The clone listing ("@@ROOT dir" then one container id per line) and the journal's stops. */
    static CloneFacts clones(Section listing, String journal) {
        List<MgrStop> stops = JournalParser.stops(journal);
        if (listing == null) {
            return new CloneFacts(Tri.UNKNOWN, CloneFacts.DEFAULT_DATA_ROOT, List.of(), stops, List.of());
        }
        String root = CloneFacts.DEFAULT_DATA_ROOT;
        List<String> ids = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String line : listing.text().split("\n")) {
            String l = line.strip();
            if (l.startsWith("@@ROOT ")) {
                root = l.substring("@@ROOT ".length()).strip();
            } else if (l.matches("[0-9a-f]{64}")) {
                ids.add(l);
            } else if (!l.isEmpty()) {
                other.add(KernelParser.abbreviate(l));
            }
        }
        return new CloneFacts(listing.ok() ? Tri.YES : Tri.NO, root, ids, stops, other);
    }

    /** systemd's "Sun 2026-11-29 02:00:00 UTC" or "@1764381600"; null if empty or unreadable. */
    static Instant showTime(String v) {
        if (v == null || v.isBlank() || v.equals("n/a")) {
            return null;
        }
        if (v.startsWith("@")) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(v.substring(1).split("\\.")[0]));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Matcher m = SHOW_TIME.matcher(v);
        if (!m.find()) {
            return null;
        }
        try {
            LocalDateTime t = LocalDateTime.parse(m.group(1), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
            return t.atZone(ZoneId.of(m.group(2), ZoneId.SHORT_IDS)).toInstant();
        } catch (RuntimeException unknownZone) {
            return null;
        }
    }
}
