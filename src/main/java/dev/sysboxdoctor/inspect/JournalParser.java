package dev.sysboxdoctor.inspect;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last sysbox-mgr start block in {@code journalctl -u sysbox-mgr} output (logrus text:
 * {@code time="..." level=info msg="..."}), from "Starting sysbox-mgr" (older: "Starting ...")
 * to the next start. Messages are sysbox-mgr's own verbatim format strings (facts/sysbox.md §1).
 *
 * <p>Real pastes are read as they come: journal prefixes in any language or none (a file log from
 * {@code --log=}), with or without a hostname, {@code journalctl -x} catalog lines ({@code ░░ }),
 * lines cut by the pager (ending in {@code >}), several boots (the newest start decides). logrus
 * writes local time without a zone ({@code time="2024-11-13 14:11:33"}): it becomes an instant only
 * with the target's UTC offset.
 */
public final class JournalParser {
    private static final Pattern MSG = Pattern.compile("msg=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TIME = Pattern.compile("time=\"([^\"]+)\"");
    private static final Pattern MSG_CUT = Pattern.compile("msg=\"(.*)$");
    private static final Pattern JSON_MSG = Pattern.compile("\"msg\":\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern JSON_TIME = Pattern.compile("\"time\":\"([^\"]+)\"");
    private static final Pattern TTY_FORMAT = Pattern.compile("^(?:INFO|WARN|ERRO|FATA|DEBU|PANI)\\[([^\\]]+)]\\s*(.*)$");
    private static final Pattern LOCAL_TIME = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d)[ T](\\d\\d:\\d\\d:\\d\\d)$");
    private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:Z|[+-]\\d\\d:?\\d\\d))");
    private static final Pattern YES_NO = Pattern.compile(":\\s*(yes|no)\\s*$");

    private JournalParser() {}

    /**
     * The journal's start blocks, oldest first: each holds the lines (stripped, blank and
     * journalctl "-- " lines left out) from a start of sysbox-mgr up to the next start. Lines
     * before the first start belong to no block.
     */
    public static List<List<String>> startBlocks(String journal) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String l : lines(journal)) {
            if (isStart(message(l))) {
                current = new ArrayList<>();
                blocks.add(current);
            }
            if (current != null) {
                current.add(l);
            }
        }
        return blocks;
    }

    /** The last start block, or null when the journal shows none; zone-less times are not read. */
    public static MgrStartBlock lastStart(String journal) {
        return lastStart(journal, null);
    }

    /**
     * The last start block, or null when the journal shows none.
     *
     * @param offset the target's UTC offset, to read logrus's zone-less local times (null: unknown)
     */
    public static MgrStartBlock lastStart(String journal, ZoneOffset offset) {
        if (journal == null) {
            return null;
        }
        List<List<String>> blocks = startBlocks(journal);
        List<String> block = blocks.isEmpty() ? lines(journal) : blocks.get(blocks.size() - 1);
        if (blocks.isEmpty() && block.stream().noneMatch(l -> known(message(l)))) {
            return null;
        }
        Instant startedAt = block.isEmpty() ? null : time(block.get(0), offset);
        String version = null;
        Tri moduleFound = Tri.UNKNOWN;
        Tri works = Tri.UNKNOWN;
        Tri onOverlay = Tri.UNKNOWN;
        boolean shiftfsDisabled = false;
        Tri idmap = Tri.UNKNOWN;
        boolean idmapDisabled = false;
        Tri ovfsIdmap = Tri.UNKNOWN;
        boolean ovfsIdmapDisabled = false;
        boolean cloningDisabled = false;
        for (String l : block) {
            String m = message(l);
            if (m.startsWith("Version: ")) {
                version = m.substring(9).strip();
            } else if (m.startsWith("Shiftfs module found in kernel:")) {
                moduleFound = yesNo(m);
            } else if (m.startsWith("Shiftfs works properly:")) {
                works = yesNo(m);
            } else if (m.startsWith("Shiftfs-on-overlayfs works properly:")) {
                onOverlay = yesNo(m);
            } else if (m.startsWith("Use of shiftfs disabled")) {
                shiftfsDisabled = true;
            } else if (m.startsWith("ID-mapped mounts supported by kernel:")) {
                idmap = yesNo(m);
            } else if (m.startsWith("Use of ID-mapped mounts disabled")) {
                idmapDisabled = true;
            } else if (m.startsWith("Overlayfs on ID-mapped mounts supported by kernel:")) {
                ovfsIdmap = yesNo(m);
            } else if (m.startsWith("Use of overlayfs on ID-mapped mounts disabled")) {
                ovfsIdmapDisabled = true;
            } else if (m.startsWith("Rootfs cloning disabled")) {
                cloningDisabled = true;
            }
        }
        return new MgrStartBlock(startedAt, version, moduleFound, works, onOverlay, shiftfsDisabled, idmap, idmapDisabled,
                ovfsIdmap, ovfsIdmapDisabled, cloningDisabled, block);
    }

    /** sysbox-mgr's stops (every clone deleted), oldest first, with the containers it named. */
    public static List<MgrStop> stops(String journal) {
        List<MgrStop> stops = new ArrayList<>();
        if (journal == null) {
            return stops;
        }
        List<String> lines = lines(journal);
        for (int i = 0; i < lines.size(); i++) {
            if (!message(lines.get(i)).startsWith("Stopping (gracefully)")) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            List<String> evidence = new ArrayList<>(List.of(lines.get(i)));
            for (int j = i + 1; j < lines.size(); j++) {
                String m = message(lines.get(j));
                if (m.startsWith("The following containers are active")) {
                    evidence.add(lines.get(j));
                } else if (m.startsWith("container id: ")) {
                    ids.add(m.substring("container id: ".length()).strip());
                    evidence.add(lines.get(j));
                } else {
                    break;
                }
            }
            stops.add(new MgrStop(time(lines.get(i)), ids, evidence));
        }
        return stops;
    }

    /** The journal's lines: blank lines, "-- Boot ..." / "-- No entries --" and journalctl -x catalog lines left out. */
    public static List<String> lines(String journal) {
        List<String> lines = new ArrayList<>();
        if (journal == null) {
            return lines;
        }
        for (String raw : journal.replace("\r", "").split("\n")) {
            String l = raw.strip();
            if (!l.isEmpty() && !l.startsWith("-- ") && !l.startsWith("\u2591\u2591")) {
                lines.add(l);
            }
        }
        return lines;
    }

    private static boolean isStart(String m) {
        return m.equals("Starting sysbox-mgr") || m.startsWith("Starting ...") || m.equals("Starting...");
    }

    private static boolean known(String m) {
        return m.startsWith("Shiftfs module found") || m.startsWith("Overlayfs on ID-mapped") || m.startsWith("Use of ")
                || m.startsWith("ID-mapped mounts supported") || m.startsWith("Rootfs cloning disabled");
    }

    /**
     * The logrus msg value (text or JSON format; a pager-cut value up to the cut), the message of
     * logrus's terminal format ({@code INFO[...] text}), or the text after the "name[pid]: " prefix.
     */
    public static String message(String line) {
        Matcher m = MSG.matcher(line);
        if (m.find()) {
            return m.group(1).replace("\\\"", "\"").strip();
        }
        Matcher j = JSON_MSG.matcher(line);
        if (j.find()) {
            return j.group(1).replace("\\\"", "\"").strip();
        }
        Matcher cut = MSG_CUT.matcher(line);
        if (cut.find()) {
            String v = cut.group(1);
            return (v.endsWith(">") ? v.substring(0, v.length() - 1) : v).replace("\\\"", "\"").strip();
        }
        int colon = line.indexOf("]: ");
        String rest = (colon >= 0 ? line.substring(colon + 3) : line).strip();
        Matcher tty = TTY_FORMAT.matcher(rest);
        return tty.matches() ? tty.group(2).strip() : rest;
    }

    static Instant time(String line) {
        return time(line, null);
    }

    /** The line's logrus time; a zone-less local time needs the target's offset (else null). */
    static Instant time(String line, ZoneOffset offset) {
        Matcher m = TIME.matcher(line);
        String t = m.find() ? m.group(1) : null;
        if (t == null) {
            Matcher j = JSON_TIME.matcher(line);
            t = j.find() ? j.group(1) : null;
        }
        if (t == null) {
            int colon = line.indexOf("]: ");
            Matcher tty = TTY_FORMAT.matcher((colon >= 0 ? line.substring(colon + 3) : line).strip());
            t = tty.matches() ? tty.group(1) : null;
        }
        if (t != null) {
            Matcher local = LOCAL_TIME.matcher(t.strip());
            if (local.matches()) {
                if (offset == null) {
                    return null;
                }
                try {
                    return LocalDateTime.parse(local.group(1) + "T" + local.group(2)).toInstant(offset);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        if (t == null) {
            Matcher p = ISO_PREFIX.matcher(line);
            t = p.find() ? p.group(1) : null;
        }
        if (t == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSSSSS]xx")).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static Tri yesNo(String m) {
        Matcher x = YES_NO.matcher(m);
        return !x.find() ? Tri.UNKNOWN : x.group(1).equals("yes") ? Tri.YES : Tri.NO;
    }
}
