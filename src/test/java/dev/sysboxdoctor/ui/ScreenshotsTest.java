package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main screens as PNGs for the README: {@code scripts/screenshots.sh} runs this class with
 * {@code -Dsysboxdoctor.screenshots=docs/screenshots}; in the normal build they land in target/.
 */
class ScreenshotsTest {
    @TempDir Path dir;

    private FakeWsl twoDistros() {
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")).wslPackage("2.4.13").write();
        FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("roots/noble")).wslPackage("2.4.13").write();
        return FakeWsl.create(dir.resolve("wsl"))
                .answer("list-verbose", "  NAME          STATE           VERSION\n* Ubuntu-22.04  Running         2\n"
                        + "  Ubuntu-24.04  Stopped         2\n")
                .answerFromSample("version", "version-en-4.txt", 0)
                .distro("Ubuntu-22.04", dir.resolve("roots/ubuntu")).distro("Ubuntu-24.04", dir.resolve("roots/noble"));
    }

    private Path dashboard(Settings settings, String name, String target) throws Exception {
        return dashboard(settings, name, target, 0, 0);
    }

    /** The dashboard; with a width and height, the window at that size (0: as it opens). */
    private Path dashboard(Settings settings, String name, String target, double width, double height) throws Exception {
        FakeWsl wsl = twoDistros();
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("none/.wslconfig"), dir.resolve("app-" + name),
                Duration.ofSeconds(20));
        try (AppHarness h = AppHarness.start(services, settings, true)) {
            AppHarness.waitUntil(40, () -> !h.window().dashboard().runningProperty().get()
                    && h.window().dashboard().finalDiagnosisProperty().get() != null);
            ComboBox<String> picker = h.node("#target-picker");
            h.fx(() -> picker.setValue(target));
            if (width > 0) {
                h.fx(() -> {
                    h.window().stage().setWidth(width);
                    h.window().stage().setHeight(height);
                });
                AppHarness.waitUntil(5, () -> h.window().stage().getWidth() == width);
                assertThat(AppHarness.onFx(() -> WindowPolishTest.cutLabels(h.window().scene().getRoot()))).isEmpty();
            }
            return Shots.save(h.robot, h.window().scene(), name);
        }
    }

    @Test
    void pagesAndTheWizard() throws Exception {
        FakeWsl wsl = WizardFlowTest.windows(dir, FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/kernel")));
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("home/.wslconfig"), dir.resolve("app-wizard"),
                Duration.ofSeconds(30));
        try (AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage("en"), true)) {
            AppHarness.waitUntil(60, () -> h.window().dashboard().finalDiagnosisProperty().get() != null
                    && !h.window().dashboard().runningProperty().get());
            h.focusAndClick("#fix-commit-broken");
            AppHarness.waitUntil(30, () -> h.robot.lookup("#wizard-next").tryQuery().map(n -> !n.isDisabled()).orElse(false));
            javafx.scene.Scene wizard = h.node("#wizard-root").getScene();
            Shots.save(h.robot, wizard, "wizard-explain");
            h.focusAndClick("#wizard-next");
            h.focusAndPressSpace("#wizard-consent");
            Shots.save(h.robot, wizard, "wizard-preview");
            h.focusAndClick("#wizard-apply");
            AppHarness.waitUntil(60, () -> h.robot.lookup("#wizard-verify-headline").tryQuery()
                    .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("Verified")).orElse(false));
            Shots.save(h.robot, wizard, "wizard-verified");
            h.focusAndClick("#wizard-close");
            AppHarness.waitUntil(60, () -> !h.window().dashboard().runningProperty().get());
            for (Page p : new Page[] {Page.REPORTS, Page.LOG, Page.SETTINGS}) {
                h.fx(() -> h.window().show(p));
                Shots.save(h.robot, h.window().scene(), "page-" + p.key());
            }
        }
        assertThat(Files.size(Shots.dir().resolve("wizard-preview.png"))).isGreaterThan(10_000);
    }

    @Test
    void dashboards() throws Exception {
        Path en = dashboard(Settings.DEFAULTS.withLanguage("en"), "dashboard", "Ubuntu-22.04");
        Path zh = dashboard(Settings.DEFAULTS.withLanguage("zh-CN"), "dashboard-zh-CN", "Ubuntu-22.04");
        Path safe = dashboard(Settings.DEFAULTS.withLanguage("en").withTheme("dark"), "dashboard-dark", "Ubuntu-24.04");
        Path mid = dashboard(Settings.DEFAULTS.withLanguage("en").withTextSize(125), "dashboard-125", "Ubuntu-22.04");
        Path big = dashboard(Settings.DEFAULTS.withLanguage("zh-CN").withTextSize(150), "dashboard-150-zh-CN", "Ubuntu-22.04");
        Path en1024 = dashboard(Settings.DEFAULTS.withLanguage("en"), "dashboard-1024", "Ubuntu-22.04", 1024, 700);
        Path zh1024 = dashboard(Settings.DEFAULTS.withLanguage("zh-CN"), "dashboard-1024-zh-CN", "Ubuntu-22.04", 1024, 700);
        for (Path p : new Path[] {en, zh, safe, mid, big, en1024, zh1024}) {
            assertThat(Files.size(p)).isGreaterThan(10_000);
        }
    }
}
