package dev.sysboxdoctor.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version numbers in wsl.exe output, taken by line order and pattern, never by label (labels are
 * localized, with ':' / fullwidth '：' / NBSP before ':'). {@code --version} prints the WSL
 * package version first and the kernel version second; {@code --status} (inbox) prints only the
 * kernel version; {@code wslinfo --version} prints the package version alone.
 */
public final class WslVersionParser {
    private static final Pattern VERSION = Pattern.compile("(?<![\\d.,])(\\d+(?:[.,]\\d+){2,3}(?:-\\d+)?)(?![\\d.,])");

    /** WSL package version and kernel version; either null when absent. */
    public record Versions(String wslVersion, String kernelVersion) {}

    private WslVersionParser() {}

    /** The first version-looking value of each line, in line order. */
    public static List<String> versionValues(String text) {
        List<String> values = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = VERSION.matcher(line);
            if (m.find()) {
                values.add(m.group(1).replace(',', '.'));
            }
        }
        return values;
    }

    /** {@code wsl.exe --version}: first value = WSL, second = kernel. */
    public static Versions parseVersion(String text) {
        List<String> v = versionValues(text);
        return new Versions(v.isEmpty() ? null : v.get(0), v.size() < 2 ? null : v.get(1));
    }

    /** {@code wsl.exe --status} on inbox builds: the only version-looking value is the kernel's. */
    public static String parseStatusKernel(String text) {
        List<String> v = versionValues(text);
        return v.isEmpty() ? null : v.get(v.size() - 1);
    }

    /** {@code wslinfo --version}: the package version, or null. */
    public static String parseWslinfo(String text) {
        List<String> v = versionValues(text);
        return v.isEmpty() ? null : v.get(0);
    }
}
