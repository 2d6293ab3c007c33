package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.RealTexts;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WSL's mirrored networking on the real window, in English and Simplified Chinese: the finding, then its guided fix. */
class MirroredNetworkingWindowTest {
    @TempDir Path dir;

    private AppHarness open(String language) throws Exception {
        FakeWsl wsl = WizardFlowTest.windows(dir.resolve(language), FixtureMachine.wslMirrored(dir.resolve(language + "/roots/ubuntu")));
        Path cfg = dir.resolve(language + "/home/.wslconfig");
        Files.createDirectories(cfg.getParent());
        Files.writeString(cfg, RealTexts.WSLCONFIG_MIRRORED, StandardCharsets.UTF_8);
        TestServices services = TestServices.windows(wsl.exe(), cfg, dir.resolve(language + "/app"), Duration.ofSeconds(30));
        AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage(language), true);
        AppHarness.waitUntil(60, () -> h.window().dashboard().finalDiagnosisProperty().get() != null
                && !h.window().dashboard().runningProperty().get());
        return h;
    }

    private static boolean shows(AppHarness h, String title) {
        return h.robot.lookup(".sd-finding-title").queryAll().stream().anyMatch(n -> title.equals(((Label) n).getText()));
    }

    @Test
    void theFindingAndItsFixInEnglish() throws Exception {
        try (AppHarness h = open("en")) {
            assertThat(shows(h, "WSL's mirrored networking breaks Sysbox containers")).isTrue();
            h.focusAndClick("#fix-wsl-networking-mirrored");
            AppHarness.waitUntil(30, () -> h.robot.lookup("#wizard-next").tryQuery().map(n -> !n.isDisabled()).orElse(false));
            assertThat(h.text("#wizard-title")).isEqualTo("Switch WSL’s networking from mirrored to NAT");
            assertThat(h.text("#wizard-explanation")).contains("device or resource busy");
        }
    }

    @Test
    void theFindingAndItsFixInChinese() throws Exception {
        try (AppHarness h = open("zh-CN")) {
            assertThat(shows(h, "WSL 的镜像网络模式导致 Sysbox 容器无法运行")).isTrue();
            h.focusAndClick("#fix-wsl-networking-mirrored");
            AppHarness.waitUntil(30, () -> h.robot.lookup("#wizard-next").tryQuery().map(n -> !n.isDisabled()).orElse(false));
            assertThat(h.text("#wizard-title")).isEqualTo("将 WSL 网络从镜像模式切换为 NAT");
            assertThat(h.text("#wizard-explanation")).contains("device or resource busy");
        }
    }
}
