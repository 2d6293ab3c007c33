package dev.sysboxdoctor.host;

/** The one place that says whether this program runs on Windows (wsl.exe, %APPDATA%, NUL, UAC). */
public final class HostOs {
    private HostOs() {}

    public static boolean isWindows() {
        return isWindows(System.getProperty("os.name", ""));
    }

    /** Pure, for tests: an {@code os.name} value such as "Windows 11" or "Linux". */
    public static boolean isWindows(String osName) {
        return osName != null && osName.startsWith("Windows");
    }
}
