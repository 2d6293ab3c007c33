package dev.sysboxdoctor.inspect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Splits the batched fact script's output into its sections: {@code @@SBD> name}, the section's
 * output, {@code @@SBD< name rc}. A section without its end marker (the script was cut off)
 * keeps what it printed with rc {@link #TRUNCATED}.
 */
public final class ScriptSections {
    public static final int TRUNCATED = Integer.MIN_VALUE;

    /** One section: its output (trailing newline trimmed) and the exit code of its command. */
    public record Section(String name, String text, int rc) {
        public boolean ok() {
            return rc == 0;
        }
    }

    private ScriptSections() {}

    public static Map<String, Section> parse(String output) {
        Map<String, Section> sections = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (line.startsWith("@@SBD> ")) {
                if (current != null) {
                    sections.put(current, new Section(current, trim(body), TRUNCATED));
                }
                current = line.substring(7).trim();
                body.setLength(0);
            } else if (line.startsWith("@@SBD< ") && current != null) {
                String[] p = line.substring(7).trim().split("\\s+");
                int rc = TRUNCATED;
                if (p.length == 2 && p[0].equals(current)) {
                    try {
                        rc = Integer.parseInt(p[1]);
                    } catch (NumberFormatException garbled) {
                        rc = TRUNCATED;
                    }
                }
                sections.put(current, new Section(current, trim(body), rc));
                current = null;
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, new Section(current, trim(body), TRUNCATED));
        }
        return sections;
    }

    private static String trim(StringBuilder b) {
        String s = b.toString();
        while (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
