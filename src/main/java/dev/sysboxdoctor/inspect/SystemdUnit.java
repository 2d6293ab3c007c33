package dev.sysboxdoctor.inspect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A unit's effective ExecStart from its files as systemd combines them: the main file from the
 * highest-priority dir (/etc, /run, /usr/local/lib, /lib, /usr/lib), then drop-ins (*.conf)
 * sorted by file name with a same-named file in a higher dir winning; an empty
 * {@code ExecStart=} clears the list. The one reading of unit files for diagnosis and remedies.
 */
public final class SystemdUnit {
    /** The system unit search path, highest priority first (systemd.unit(5); /lib on split-/usr systems). */
    private static final List<String> DIRS = List.of("/etc/systemd/system/", "/run/systemd/system/",
            "/usr/local/lib/systemd/system/", "/lib/systemd/system/", "/usr/lib/systemd/system/");

    /** One file as the fact script printed it. */
    public record UnitFile(String path, Instant modified, String content) {}

    /** The effective ExecStart (null if none), the files that made it, and their newest mtime. */
    public record Effective(String execStart, List<String> files, Instant newestChange) {}

    private SystemdUnit() {}

    /** The unit directories without the trailing slash, highest priority first. */
    public static List<String> unitDirs() {
        return DIRS.stream().map(d -> d.substring(0, d.length() - 1)).toList();
    }

    /** Whether this file's [Service] section sets ExecStart at all (an empty reset counts). */
    public static boolean setsExecStart(String content) {
        return serviceEntries(content).stream().anyMatch(e -> e.getKey().equals("ExecStart"));
    }

    /** Parses the fact script's "units" section: "@@FILE mtime path" then the file's content. */
    public static List<UnitFile> parseFiles(String section) {
        List<UnitFile> files = new ArrayList<>();
        String path = null;
        Instant mtime = null;
        StringBuilder body = new StringBuilder();
        for (String line : section.split("\n", -1)) {
            if (line.startsWith("@@FILE ")) {
                if (path != null) {
                    files.add(new UnitFile(path, mtime, body.toString()));
                }
                String[] p = line.substring(7).split(" ", 2);
                mtime = parseEpoch(p[0]);
                path = p.length > 1 ? p[1].strip() : "?";
                body.setLength(0);
            } else if (path != null) {
                body.append(line).append('\n');
            }
        }
        if (path != null) {
            files.add(new UnitFile(path, mtime, body.toString()));
        }
        return files;
    }

    public static Effective effective(String unitName, List<UnitFile> files) {
        UnitFile main = files.stream().filter(f -> DIRS.stream().anyMatch(d -> f.path().equals(d + unitName)))
                .min(Comparator.comparingInt(f -> dirRank(f.path()))).orElse(null);
        Map<String, UnitFile> dropIns = new TreeMap<>();
        for (UnitFile f : files) {
            if (f.path().contains("/" + unitName + ".d/") && f.path().endsWith(".conf")) {
                String name = f.path().substring(f.path().lastIndexOf('/') + 1);
                UnitFile seen = dropIns.get(name);
                if (seen == null || dirRank(f.path()) < dirRank(seen.path())) {
                    dropIns.put(name, f);
                }
            }
        }
        List<UnitFile> used = new ArrayList<>();
        if (main != null) {
            used.add(main);
        }
        used.addAll(dropIns.values());
        List<String> exec = new ArrayList<>();
        for (UnitFile f : used) {
            for (Map.Entry<String, String> e : serviceEntries(f.content())) {
                if (e.getKey().equals("ExecStart")) {
                    if (e.getValue().isBlank()) {
                        exec.clear();
                    } else {
                        exec.add(e.getValue().strip());
                    }
                }
            }
        }
        Instant newest = used.stream().map(UnitFile::modified).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new Effective(exec.isEmpty() ? null : exec.get(exec.size() - 1), used.stream().map(UnitFile::path).toList(), newest);
    }

    /** key=value entries of the [Service] section, continuation lines joined. */
    private static List<Map.Entry<String, String>> serviceEntries(String content) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        String section = "";
        StringBuilder pending = null;
        for (String raw : content.replace("\r", "").split("\n")) {
            String line = raw.strip();
            if (pending != null) {
                pending.append(' ').append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line);
                if (!line.endsWith("\\")) {
                    addEntry(out, pending.toString());
                    pending = null;
                }
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                section = line;
                continue;
            }
            if (!section.equals("[Service]")) {
                continue;
            }
            if (line.endsWith("\\")) {
                pending = new StringBuilder(line.substring(0, line.length() - 1));
            } else {
                addEntry(out, line);
            }
        }
        return out;
    }

    private static void addEntry(List<Map.Entry<String, String>> out, String line) {
        int eq = line.indexOf('=');
        if (eq > 0) {
            out.add(Map.entry(line.substring(0, eq).strip(), line.substring(eq + 1).strip()));
        }
    }

    /** argv of an ExecStart value: systemd prefixes (-@:+!) dropped, quotes honoured. */
    public static List<String> argv(String execStart) {
        List<String> out = new ArrayList<>();
        if (execStart == null) {
            return out;
        }
        String s = execStart.strip().replaceFirst("^[-@:+!]+", "");
        StringBuilder cur = null;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && i + 1 < s.length()) {
                    cur.append(s.charAt(++i));
                } else {
                    cur.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                if (cur == null) {
                    cur = new StringBuilder();
                }
            } else if (Character.isWhitespace(c)) {
                if (cur != null) {
                    out.add(cur.toString());
                    cur = null;
                }
            } else {
                if (cur == null) {
                    cur = new StringBuilder();
                }
                cur.append(c);
            }
        }
        if (cur != null) {
            out.add(cur.toString());
        }
        return out;
    }

    private static int dirRank(String path) {
        for (int i = 0; i < DIRS.size(); i++) {
            if (path.startsWith(DIRS.get(i))) {
                return i;
            }
        }
        return DIRS.size();
    }

    private static Instant parseEpoch(String s) {
        try {
            long v = Long.parseLong(s.strip());
            return v <= 0 ? null : Instant.ofEpochSecond(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Map<String, String> properties(String text) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String l : text.split("\n")) {
            int eq = l.indexOf('=');
            if (eq > 0) {
                m.put(l.substring(0, eq).strip(), l.substring(eq + 1).strip());
            }
        }
        return m;
    }
}
