package dev.sysboxdoctor.inspect;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** major.minor.patch of a kernel release such as {@code 5.15.153.1-microsoft-standard-WSL2}. */
public record KernelVersion(int major, int minor, int patch) implements Comparable<KernelVersion> {
    private static final Pattern LEADING = Pattern.compile("^\\s*(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    public static Optional<KernelVersion> parse(String release) {
        if (release == null) {
            return Optional.empty();
        }
        Matcher m = LEADING.matcher(release);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new KernelVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
        } catch (NumberFormatException tooLong) {
            return Optional.empty();
        }
    }

    /** Sysbox compares major.minor only (sysbox-libs idMap/helpers.go). */
    public boolean atLeast(int maj, int min) {
        return major > maj || (major == maj && minor >= min);
    }

    @Override
    public int compareTo(KernelVersion o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c != 0 ? c : Integer.compare(patch, o.patch);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
