package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Version values by order and pattern, on every recorded --version / --status and localized outputs. */
class WslVersionParserTest {
    @ParameterizedTest
    @CsvSource({
            "version-en-1.txt, 1.1.2.0, 5.15.83.1",
            "version-en-2.txt, 1.1.3.0, 5.15.90.1",
            "version-en-3.txt, 1.2.5.0, 5.15.90.1",
            "version-en-4.txt, 2.0.9.0, 5.15.133.1-1",
            "version-en-5.txt, 1.2.5.0, 5.15.90.1",
            "update-failed-en-1.txt, 2.0.0.0, 5.15.123.1-1"})
    void versionSamples(String sample, String wsl, String kernel) {
        var v = WslVersionParser.parseVersion(Samples.body(sample));
        assertThat(v.wslVersion()).isEqualTo(wsl);
        assertThat(v.kernelVersion()).isEqualTo(kernel);
    }

    @Test
    void versionBlocksInsideLongerSamples() {
        String updating = Samples.raw("update-updating-en-1.txt");
        var v = WslVersionParser.parseVersion(updating.substring(updating.indexOf("`wsl.exe --version` shows:")));
        assertThat(v).isEqualTo(new WslVersionParser.Versions("2.0.0.0", "5.15.123.1-1"));
        String upToDate = Samples.raw("update-uptodate-and-list-verbose-en-1.txt");
        v = WslVersionParser.parseVersion(upToDate.substring(upToDate.indexOf("wsl --version"), upToDate.indexOf("wsl -l -v")));
        assertThat(v).isEqualTo(new WslVersionParser.Versions("1.1.6.0", "5.15.90.1"));
        String store = Samples.raw("update-uptodate-en-1.txt");
        v = WslVersionParser.parseVersion(store.substring(store.indexOf("wsl.exe --version")));
        assertThat(v).isEqualTo(new WslVersionParser.Versions("0.70.5.0", "5.15.68.1"));
    }

    @Test
    void localizedLabelsFullwidthColonNbspAndGerman() {
        String zh = "WSL 版本： 2.0.4.0\n内核版本： 5.15.133.1-1\nWSLg 版本： 1.0.59\nMSRDC 版本： 1.2.4677\n"
                + "Direct3D 版本： 1.611.1-81528511\nDXCore 版本： 10.0.25131.1002-220531-1700.rs-onecore-base2-hyp\nWindows 版本： 10.0.22631.2861\n";
        String fr = "Version WSL\u00a0: 2.3.26.0\nVersion du noyau\u00a0: 5.15.167.4-1\nVersion WSLg\u00a0: 1.0.65\n"
                + "Version MSRDC\u00a0: 1.2.5620\nVersion Direct3D\u00a0: 1.611.1-81528511\nVersion de Windows\u00a0: 10.0.26100.2314\n";
        String de = "WSL-Version: 2.5.10.0\nKernelversion: 6.6.87.2-1\nWSLg-Version: 1.0.66\nMSRDC-Version: 1.2.6074\n"
                + "Direct3D-Version: 1.611.1-81528511\nDXCore-Version: 10.0.26100.1-240331-1435.ge-release\nWindows-Version: 10.0.26100.4061\n";
        String it = "Versione WSL: 2.6.1.0\nVersione kernel: 6.6.87.2-1\n";
        String podmanZh = "WSL 版本﹕ 2.0.4.0\n内核版本﹕ 5.15.133.1-1\n";
        assertThat(WslVersionParser.parseVersion(zh)).isEqualTo(new WslVersionParser.Versions("2.0.4.0", "5.15.133.1-1"));
        assertThat(WslVersionParser.parseVersion(fr)).isEqualTo(new WslVersionParser.Versions("2.3.26.0", "5.15.167.4-1"));
        assertThat(WslVersionParser.parseVersion(de)).isEqualTo(new WslVersionParser.Versions("2.5.10.0", "6.6.87.2-1"));
        assertThat(WslVersionParser.parseVersion(it)).isEqualTo(new WslVersionParser.Versions("2.6.1.0", "6.6.87.2-1"));
        assertThat(WslVersionParser.parseVersion(podmanZh)).isEqualTo(new WslVersionParser.Versions("2.0.4.0", "5.15.133.1-1"));
    }

    @ParameterizedTest
    @CsvSource({
            "status-en-1.txt, 5.10.102.1",
            "status-list-unregister-inbox-en-1.txt, 5.10.60.1",
            "update-status-en-1.txt, 4.19.128"})
    void inboxStatusGivesTheKernel(String sample, String kernel) {
        assertThat(WslVersionParser.parseStatusKernel(Samples.body(sample))).isEqualTo(kernel);
    }

    @Test
    void statusWithoutKernelAndMarkdownMangledKernel() {
        assertThat(WslVersionParser.parseStatusKernel(Samples.body("status-en-2.txt"))).isNull();
        assertThat(WslVersionParser.parseStatusKernel(Samples.body("status-en-3.txt"))).isNull();
        String inbox = Samples.raw("inbox-list-update-status-en-1.txt");
        assertThat(WslVersionParser.parseStatusKernel(inbox.substring(inbox.indexOf("wsl --status")))).isEqualTo("5.10.102.1");
    }

    @Test
    void inboxRejectionAndUnsupportedGiveNothing() {
        assertThat(WslVersionParser.parseVersion(Samples.body("version-inbox-unsupported-en-1.txt")))
                .isEqualTo(new WslVersionParser.Versions(null, null));
        assertThat(WslVersionParser.parseVersion(Samples.body("status-unsupported-de-1.txt")))
                .isEqualTo(new WslVersionParser.Versions(null, null));
        assertThat(WslVersionParser.parseStatusKernel(Samples.body("status-unsupported-de-1.txt"))).isNull();
        assertThat(WslVersionParser.parseVersion("")).isEqualTo(new WslVersionParser.Versions(null, null));
        assertThat(WslVersionParser.parseVersion("WSL version: 2.")).isEqualTo(new WslVersionParser.Versions(null, null));
    }

    @Test
    void wslinfoPrintsThePackageVersionAlone() {
        assertThat(WslVersionParser.parseWslinfo("2.4.13\n")).isEqualTo("2.4.13");
        assertThat(WslVersionParser.parseWslinfo("wslinfo: unknown option\n")).isNull();
    }
}
