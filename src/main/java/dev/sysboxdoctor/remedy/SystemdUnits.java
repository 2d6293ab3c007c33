package dev.sysboxdoctor.remedy;

import java.util.ArrayList;
import java.util.List;

/**
 * The bits of systemd unit syntax the precheck remedy needs: the effective ExecStart of a unit
 * file plus its drop-ins (later files win; an empty {@code ExecStart=} resets the list), with
 * backslash line continuations and comments. Pure.
 */
final class SystemdUnits {
    private SystemdUnits() {}

    /** ExecStart after applying {@code files} in order (unit file first, then drop-ins by name); "" if none. */
    static String effectiveExecStart(List<String> files) {
        List<String> exec = new ArrayList<>();
        for (String file : files) {
            String section = "";
            for (String line : logicalLines(file)) {
                String t = line.strip();
                if (t.startsWith("[") && t.endsWith("]")) {
                    section = t;
                    continue;
                }
                if (!section.equals("[Service]") || !t.startsWith("ExecStart")) {
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq < 0 || !t.substring(0, eq).strip().equals("ExecStart")) {
                    continue;
                }
                String value = t.substring(eq + 1).strip();
                if (value.isEmpty()) {
                    exec.clear();
                } else {
                    exec.add(value);
                }
            }
        }
        return exec.isEmpty() ? "" : exec.get(exec.size() - 1);
    }

    /** Whether any file sets ExecStart at all. */
    static boolean setsExecStart(String file) {
        return logicalLines(file).stream().map(String::strip)
                .anyMatch(t -> t.startsWith("ExecStart") && t.contains("=") && t.substring(0, t.indexOf('=')).strip().equals("ExecStart"));
    }

    /** Words of an ExecStart value (simple whitespace split; quotes kept as written). */
    static List<String> words(String execStart) {
        List<String> out = new ArrayList<>();
        for (String w : execStart.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    static boolean hasFlag(String execStart, String flag) {
        return words(execStart).stream().anyMatch(w -> w.equals(flag) || w.startsWith(flag + "="));
    }

    private static List<String> logicalLines(String file) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String raw : file.split("\r?\n", -1)) {
            String t = raw.strip();
            if (cur.length() == 0 && (t.startsWith("#") || t.startsWith(";"))) {
                continue;
            }
            if (t.endsWith("\\")) {
                cur.append(t, 0, t.length() - 1).append(' ');
                continue;
            }
            cur.append(raw);
            out.add(cur.toString());
            cur.setLength(0);
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }
}
