package dev.sysboxdoctor.ui.settings;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the app keeps its files: settings in %APPDATA%\SysboxDoctor (Windows) or
 * $XDG_CONFIG_HOME/sysbox-doctor; logs in %LOCALAPPDATA%\SysboxDoctor\logs or
 * $XDG_STATE_HOME/sysbox-doctor/logs.
 */
public record AppDirs(Path settingsDir, Path logDir) {
    /** Pure: the dirs for this environment, operating system and home directory. */
    public static AppDirs of(Map<String, String> env, boolean windows, String home) {
        if (windows) {
            Path roaming = dirOr(env.get("APPDATA"), Path.of(home, "AppData", "Roaming"));
            Path local = dirOr(env.get("LOCALAPPDATA"), Path.of(home, "AppData", "Local"));
            return new AppDirs(roaming.resolve("SysboxDoctor"), local.resolve("SysboxDoctor").resolve("logs"));
        }
        Path config = dirOr(env.get("XDG_CONFIG_HOME"), Path.of(home, ".config"));
        Path state = dirOr(env.get("XDG_STATE_HOME"), Path.of(home, ".local", "state"));
        return new AppDirs(config.resolve("sysbox-doctor"), state.resolve("sysbox-doctor").resolve("logs"));
    }

    public static AppDirs under(Path base) {
        return new AppDirs(base.resolve("settings"), base.resolve("logs"));
    }

    public Path logFile() {
        return logDir.resolve("sysbox-doctor.log");
    }

    /** XDG says: a relative path is invalid and must be ignored. */
    private static Path dirOr(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path p = Path.of(value);
        return p.isAbsolute() || value.matches("^[A-Za-z]:\\\\.*") ? p : fallback;
    }
}
