package dev.sysboxdoctor.inspect;

import java.util.List;
import java.util.Locale;

/**
 * The {@code kernel=} and {@code networkingMode=} keys of {@code [wsl2]} in .wslconfig (WSL's configfile.cpp rules: sections in
 * brackets, {@code #} comments outside quotes, keys case-insensitive, the last value wins).
 */
public final class WslConfigParser {
    private WslConfigParser() {}

    public static WslConfigFacts parse(String path, String text) {
        String section = "";
        String pin = null;
        String pinLine = null;
        String netMode = null;
        String netModeLine = null;
        for (String raw : text.replace("\r", "").replace("\uFEFF", "").split("\n")) {
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip().toLowerCase(Locale.ROOT);
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0 || !"wsl2".equals(section)) {
                continue;
            }
            String key = line.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if ("kernel".equals(key)) {
                pin = unquote(line.substring(eq + 1).strip());
                pinLine = raw.strip();
            } else if ("networkingmode".equals(key)) {
                netMode = unquote(line.substring(eq + 1).strip());
                netModeLine = raw.strip();
            }
        }
        return new WslConfigFacts(path, true, pin == null || pin.isEmpty() ? null : pin,
                pin == null || pin.isEmpty() ? null : pinLine, List.of(), netMode == null || netMode.isEmpty() ? null : netMode,
                netMode == null || netMode.isEmpty() ? null : netModeLine);
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String unquote(String v) {
        String s = v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
        return s.replace("\\\\", "\\");
    }
}
