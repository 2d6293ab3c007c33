package dev.sysboxdoctor.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir Path dir;

    @Test
    void savesAndLoadsAndSurvivesABrokenFile() throws Exception {
        SettingsStore store = new SettingsStore(dir.resolve("cfg"));
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        Settings s = new Settings("unix:///run/docker.sock", "zh-CN", "dark", 125);
        store.save(s);
        assertThat(store.load()).isEqualTo(s);
        assertThat(Files.readString(store.file())).contains("\"language\" : \"zh-CN\"");
        Files.writeString(store.file(), "{ not json");
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        Files.writeString(store.file(), "{\"theme\":\"light\",\"future\":1}");
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS.withTheme("light"));
    }

    @Test
    void appDataOnWindowsXdgOnLinux() {
        AppDirs win = AppDirs.of(Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming", "LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"),
                true, "C:\\Users\\ann");
        assertThat(win.settingsDir().toString()).isEqualTo("C:\\Users\\ann\\AppData\\Roaming/SysboxDoctor");
        assertThat(win.logDir().toString()).isEqualTo("C:\\Users\\ann\\AppData\\Local/SysboxDoctor/logs");
        AppDirs xdg = AppDirs.of(Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_STATE_HOME", "/state"), false, "/home/ann");
        assertThat(xdg.settingsDir()).isEqualTo(Path.of("/cfg/sysbox-doctor"));
        assertThat(xdg.logDir()).isEqualTo(Path.of("/state/sysbox-doctor/logs"));
        AppDirs plain = AppDirs.of(Map.of("XDG_CONFIG_HOME", "relative/ignored"), false, "/home/ann");
        assertThat(plain.settingsDir()).isEqualTo(Path.of("/home/ann/.config/sysbox-doctor"));
        assertThat(plain.logFile()).isEqualTo(Path.of("/home/ann/.local/state/sysbox-doctor/logs/sysbox-doctor.log"));
    }
}
