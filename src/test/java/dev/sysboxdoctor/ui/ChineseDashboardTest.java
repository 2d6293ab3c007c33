package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard renders in Simplified Chinese with no raw message key anywhere on screen. */
class ChineseDashboardTest {
    private static final Pattern RAW_KEY = Pattern.compile("^[a-z]+(\\.[a-zA-Z_-]+)+$");
    @TempDir Path dir;

    @Test
    void rendersInSimplifiedChinese() throws Exception {
        FakeWsl wsl = DashboardFlowTest.threeDistros(dir);
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("none/.wslconfig"), dir.resolve("app"),
                Duration.ofSeconds(10));
        try (AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage("zh-CN"), true)) {
            AppHarness.waitUntil(40, () -> !h.window().dashboard().runningProperty().get()
                    && h.window().dashboard().finalDiagnosisProperty().get() != null);
            assertThat(h.text("#verdict")).isEqualTo("在 Ubuntu 中提交（commit）Sysbox 容器会生成损坏的镜像");
            assertThat(h.text("#nav-dashboard")).isEqualTo("概览");
            assertThat(h.text("#rerun")).isEqualTo("重新诊断");
            assertThat(h.text("#verdict-basis")).as("the mode basis").startsWith("Sysbox 模式：")
                    .doesNotContainPattern("[A-Za-z]{2,}( [A-Za-z]{2,}){3,}");
            assertThat(h.text("#group-error")).startsWith("问题（");
            h.focusAndClick("#copy-report");
            assertThat(DashboardFlowTest.clipboard(h)).as("the ticket's Markdown in the window's language")
                    .contains("## Sysbox Doctor 诊断", "Ubuntu").doesNotContain("Sysbox Doctor diagnosis");
            for (Page p : Page.values()) {
                h.fx(() -> h.window().show(p));
                List<String> texts = h.robot.lookup(n -> n instanceof Labeled).queryAll().stream()
                        .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank()).toList();
                assertThat(texts).as(p + " page").noneMatch(t -> RAW_KEY.matcher(t).matches());
                assertThat(texts).as(p + " page has Chinese").anyMatch(t -> t.codePoints()
                        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
            }
        }
    }

}
