package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code wsl -l -v} by whitespace columns on every recorded listing, localized headers included. */
class WslListParserTest {
    private static String after(String sample, String marker) {
        String raw = Samples.raw(sample);
        return raw.substring(raw.indexOf(marker) + marker.length());
    }

    @Test
    void listWithoutDefaultMarkerAndDockerDesktopDistros() {
        var r = WslListParser.parse(Samples.body("list-verbose-en-1.txt"));
        assertThat(r.distros()).extracting(WslDistro::name).containsExactly("MyPengwin", "WLinux", "docker-desktop", "docker-desktop-data");
        assertThat(r.distros()).noneMatch(WslDistro::isDefault);
        assertThat(r.distros()).filteredOn(WslDistro::dockerDesktop).hasSize(2);
        assertThat(r.distros().get(0).running()).isTrue();
        assertThat(r.unparsed()).isEmpty();
    }

    @Test
    void defaultMarkerWsl1RowAndRancherDistros() {
        var r = WslListParser.parse(Samples.body("list-verbose-en-2.txt"));
        assertThat(r.distros()).containsExactly(
                new WslDistro("Ubuntu", "Stopped", 2, true, false),
                new WslDistro("OtherDistro", "Running", 1, false, false),
                new WslDistro("rancher-desktop-data", "Stopped", 2, false, false),
                new WslDistro("rancher-desktop", "Stopped", 2, false, false));
    }

    @Test
    void wsl1DefaultWithRaggedColumns() {
        var r = WslListParser.parse(Samples.body("list-verbose-wsl1-en-1.txt"));
        assertThat(r.distros()).containsExactly(new WslDistro("openSUSE-42", "Stopped", 1, true, false));
    }

    @Test
    void collapsedWhitespaceAsRenderedInAnIssue() {
        var r = WslListParser.parse(Samples.body("inbox-list-update-status-en-1.txt"));
        assertThat(r.distros()).containsExactly(new WslDistro("Ubuntu-22.04", "Running", 2, true, false));
    }

    @Test
    void listingsFoundAfterOtherCommandsInASample() {
        assertThat(WslListParser.parse(after("registry-vs-list-verbose-en-1.txt", "> wsl --list --verbose")).distros())
                .extracting(WslDistro::name, WslDistro::version, WslDistro::isDefault)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ubuntu", 2, true), org.assertj.core.groups.Tuple.tuple("Legacy", 1, false),
                        org.assertj.core.groups.Tuple.tuple("Ubuntu-18.04", 1, false), org.assertj.core.groups.Tuple.tuple("docker-desktop", 2, false));
        assertThat(WslListParser.parse(after("status-list-unregister-inbox-en-1.txt", "wsl -l -v")).distros())
                .containsExactly(new WslDistro("Ubuntu", "Running", 1, true, false));
        // blank lines between rows and trailing spaces, as cmd.exe showed them
        assertThat(WslListParser.parse(after("update-uptodate-and-list-verbose-en-1.txt", "wsl -l -v")).distros())
                .containsExactly(new WslDistro("Ubuntu-18.04", "Stopped", 2, true, false), new WslDistro("FCL", "Stopped", 2, false, false),
                        new WslDistro("Ubuntu", "Stopped", 2, false, false));
    }

    @Test
    void registryTableRowsAreNotMistakenForDistros() {
        var r = WslListParser.parse(Samples.body("registry-vs-list-verbose-en-1.txt"));
        assertThat(r.distros()).extracting(WslDistro::name).containsExactly("Ubuntu", "Legacy", "Ubuntu-18.04", "docker-desktop");
        assertThat(r.unparsed()).contains("Ubuntu               1       1");
    }

    @Test
    void localizedHeadersAreSkippedByShapeNotByWords() {
        String de = "  NAME            STATUS          VERSION\n* Ubuntu-24.04    Running         2\n";
        String zh = "  名称            状态            版本\n* Ubuntu          Stopped         2\n  Debian          Running         2\n";
        String fr = "  NOM\u00a0\u00a0\u00a0\u00a0ÉTAT\u00a0\u00a0\u00a0\u00a0VERSION\n* Ubuntu   Running   2\n";
        assertThat(WslListParser.parse(de).distros()).containsExactly(new WslDistro("Ubuntu-24.04", "Running", 2, true, false));
        assertThat(WslListParser.parse(zh).distros()).extracting(WslDistro::name).containsExactly("Ubuntu", "Debian");
        assertThat(WslListParser.parse(zh).unparsed()).isEmpty();
        assertThat(WslListParser.parse(fr).distros()).extracting(WslDistro::name).containsExactly("Ubuntu");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-distros-en-1.txt", "no-distros-en-2.txt", "list-online-en-1.txt", "list-ptBR-1.txt",
            "error-distro-not-found-en-1.txt", "error-distro-not-found-en-2.txt", "error-distro-not-found-en-3.txt",
            "error-service-disabled-en-1.txt", "error-service-missing-en-1.txt", "status-unsupported-de-1.txt",
            "version-inbox-unsupported-en-1.txt", "set-default-en-1.txt", "set-default-version-ptBR-1.txt",
            "list-running-quiet-en-1.txt", "update-uptodate-en-2.txt", "help-utf16-hexdump-1.txt"})
    void outputsThatAreNotAVerboseListingYieldNoDistros(String sample) {
        var r = WslListParser.parse(Samples.raw(sample));
        assertThat(r.distros()).isEmpty();
    }

    @Test
    void garbageAndTruncationNeverThrow() {
        assertThat(WslListParser.parse("").distros()).isEmpty();
        assertThat(WslListParser.parse("\u0000\u0001\uFFFD garbage\n* \n*\n  NAME STATE").distros()).isEmpty();
        assertThat(WslListParser.parse("  NAME STATE VERSION\n* Ubuntu Runn").distros()).isEmpty();
        assertThat(WslListParser.parse("  NAME STATE VERSION\n* Ubuntu Runn").unparsed()).containsExactly("* Ubuntu Runn");
    }
}
