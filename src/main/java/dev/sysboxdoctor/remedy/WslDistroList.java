package dev.sysboxdoctor.remedy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code wsl.exe --list --verbose} split on whitespace (its words are not localized): the
 * default distro is marked {@code *}; the last two columns are STATE and VERSION. Pure.
 */
final class WslDistroList {
    record Distro(String name, String state, String version, boolean isDefault) {
        boolean running() {
            return state.equalsIgnoreCase("Running");
        }
    }

    private WslDistroList() {}

    static List<Distro> parse(String text) {
        List<Distro> out = new ArrayList<>();
        boolean header = false;
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!header) {
                header = t.startsWith("NAME") && t.contains("STATE");
                continue;
            }
            boolean def = t.startsWith("*");
            String[] w = (def ? t.substring(1) : t).strip().split("\\s+");
            if (w.length < 3) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(w, 0, w.length - 2));
            out.add(new Distro(name, w[w.length - 2], w[w.length - 1], def));
        }
        return out;
    }

    static Optional<Distro> defaultDistro(List<Distro> distros) {
        return distros.stream().filter(Distro::isDefault).findFirst();
    }
}
