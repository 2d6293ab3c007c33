package dev.sysboxdoctor.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CommandRunner;
import org.junit.jupiter.api.Test;

/** The OS theme answers as reg.exe and gsettings print them. */
class DesktopThemeProbeTest {
    @Test
    void readsTheWindowsRegistryValue() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(DesktopThemeProbe.parseRegQuery(dark)).contains(true);
        assertThat(DesktopThemeProbe.parseRegQuery(dark.replace("0x0", "0x1"))).contains(false);
        assertThat(DesktopThemeProbe.parseRegQuery("ERROR: The system was unable to find the specified registry key or value.")).isEmpty();
    }

    @Test
    void readsGnomeColorSchemeThenTheGtkThemeName() {
        assertThat(DesktopThemeProbe.parseColorScheme("'prefer-dark'\n")).contains(true);
        assertThat(DesktopThemeProbe.parseColorScheme("'prefer-light'\n")).contains(false);
        assertThat(DesktopThemeProbe.parseColorScheme("'default'\n")).isEmpty();
        assertThat(DesktopThemeProbe.parseGtkTheme("'Adwaita-dark'\n")).contains(true);
        assertThat(DesktopThemeProbe.parseGtkTheme("'Yaru'\n")).contains(false);
    }

    @Test
    void aMachineWithoutGsettingsSaysNothing() throws Exception {
        // This test machine has no desktop session: the probe must answer (empty or a value), never throw.
        assertThat(new DesktopThemeProbe(new CommandRunner(), false).prefersDark()).isNotNull();
    }
}
