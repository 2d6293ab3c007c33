package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In Simplified Chinese the wizard shows the remedy plan's own texts in Chinese, commands verbatim. */
class ChineseWizardTest {
    @TempDir Path dir;

    @Test
    void theWslKernelPlanIsExplainedInChinese() throws Exception {
        FakeWsl wsl = WizardFlowTest.windows(dir, FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")));
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("home/.wslconfig"), dir.resolve("app"),
                Duration.ofSeconds(30));
        try (AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage("zh-CN"), true)) {
            AppHarness.waitUntil(60, () -> h.window().dashboard().finalDiagnosisProperty().get() != null
                    && !h.window().dashboard().runningProperty().get());
            h.focusAndClick("#fix-commit-broken");
            AppHarness.waitUntil(30, () -> h.robot.lookup("#wizard-next").tryQuery().map(n -> !n.isDisabled()).orElse(false));
            assertThat(h.text("#wizard-title")).isEqualTo("将 WSL 内核升级到 5.19 以上");
            assertThat(h.text("#wizard-explanation")).startsWith("此处的 WSL 内核为 5.15.153.1-microsoft-standard-WSL2，低于 5.19")
                    .contains("“wsl --update”").doesNotContain("`");
            assertThat(h.text("#wizard-message")).contains("关闭 WSL 后，内核必须为 5.19 或更高版本");
        }
    }
}
