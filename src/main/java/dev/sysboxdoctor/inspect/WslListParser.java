package dev.sysboxdoctor.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code wsl.exe -l -v}, read by whitespace columns, never by labels (the header may be
 * localized; names, states and versions are not): {@code [*] NAME STATE VERSION}.
 */
public final class WslListParser {
    /** Docker Desktop's own distros: reported, never inspected as user targets. */
    public static final Set<String> DOCKER_DESKTOP_DISTROS = Set.of("docker-desktop", "docker-desktop-data");

    /** Rows that parsed, and lines that looked like data but did not (for evidence). */
    public record Result(List<WslDistro> distros, List<String> unparsed) {
        public Result {
            distros = List.copyOf(distros);
            unparsed = List.copyOf(unparsed);
        }
    }

    private WslListParser() {}

    public static Result parse(String text) {
        List<WslDistro> distros = new ArrayList<>();
        List<String> unparsed = new ArrayList<>();
        boolean headerSeen = false;
        for (String raw : text.split("\n")) {
            String line = raw.replace('\u00a0', ' ').strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean isDefault = line.startsWith("*");
            if (isDefault) {
                line = line.substring(1).strip();
            }
            String[] cols = line.split("\\s+");
            if (cols.length == 3 && cols[2].matches("[12]") && cols[1].matches("\\p{L}[\\p{L}-]*") && validName(cols[0])) {
                distros.add(new WslDistro(cols[0], cols[1], Integer.parseInt(cols[2]), isDefault,
                        DOCKER_DESKTOP_DISTROS.contains(cols[0].toLowerCase(Locale.ROOT))));
            } else if (!headerSeen && distros.isEmpty() && cols.length == 3 && !isDefault) {
                headerSeen = true; // NAME STATE VERSION, in whatever language
            } else {
                unparsed.add(raw.strip());
            }
        }
        return new Result(distros, unparsed);
    }

    private static boolean validName(String name) {
        return !name.isEmpty() && name.length() <= 128 && name.chars().noneMatch(Character::isISOControl);
    }
}
