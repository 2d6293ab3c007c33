package dev.sysboxdoctor.inspect;

import java.time.Instant;
import java.time.OffsetDateTime;
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
 */
public final class JournalParser {
    private static final Pattern MSG = Pattern.compile("msg=\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TIME = Pattern.compile("time=\"([^\"]+)\"");
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

    /** The last start block, or null when the journal shows none. */
    public static MgrStartBlock lastStart(String journal) {
        if (journal == null) {
            return null;
        }
        List<List<String>> blocks = startBlocks(journal);
        List<String> block = blocks.isEmpty() ? lines(journal) : blocks.get(blocks.size() - 1);
        if (blocks.isEmpty() && block.stream().noneMatch(l -> known(message(l)))) {
            return null;
        }
        Instant startedAt = block.isEmpty() ? null : time(block.get(0));
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

    private static List<String> lines(String journal) {
        List<String> lines = new ArrayList<>();
        for (String l : journal.split("\n")) {
            if (!l.isBlank() && !l.startsWith("-- ")) {
                lines.add(l.strip());
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

    /** The logrus msg value, or the text after the syslog "name[pid]: " prefix. */
    public static String message(String line) {
        Matcher m = MSG.matcher(line);
        if (m.find()) {
            return m.group(1).replace("\\\"", "\"").strip();
        }
        int colon = line.indexOf("]: ");
        return (colon >= 0 ? line.substring(colon + 3) : line).strip();
    }

    static Instant time(String line) {
        Matcher m = TIME.matcher(line);
        String t = m.find() ? m.group(1) : null;
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
