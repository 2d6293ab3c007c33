package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.ui.settings.Settings;
import dev.sysboxdoctor.ui.settings.SettingsStore;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real application class: title, icon, navigation by keyboard, settings saved and applied. */
class MainWindowTest {
    @TempDir Path dir;

    private TestServices services() {
        FakeWsl wsl = FakeWsl.create(dir.resolve("wsl")).answer("list-verbose", "  NAME STATE VERSION\n");
        return TestServices.windows(wsl.exe(), dir.resolve("none/.wslconfig"), dir.resolve("app"), Duration.ofSeconds(10));
    }

    @Test
    void opensTheMainWindowWithTitleAndIconAndNavigatesByKeyboard() throws Exception {
        try (AppHarness h = AppHarness.start(services(), Settings.DEFAULTS.withLanguage("en"), false)) {
            Stage stage = (Stage) Window.getWindows().stream().filter(w -> w.getScene() == h.window().scene()).findFirst().orElseThrow();
            assertThat(stage.getTitle()).isEqualTo("Sysbox Doctor");
            AppHarness.waitUntil(10, () -> !stage.getIcons().isEmpty()); // set right after the first frame
            assertThat(h.window().currentPage()).isEqualTo(Page.DASHBOARD);

            for (Page p : Page.values()) {
                h.robot.press(KeyCode.CONTROL).press(KeyCode.getKeyCode(String.valueOf(p.ordinal() + 1)))
                        .release(KeyCode.getKeyCode(String.valueOf(p.ordinal() + 1))).release(KeyCode.CONTROL);
                assertThat(h.window().currentPage()).isEqualTo(p);
                assertThat(((ToggleButton) h.node("#nav-" + p.key())).isSelected()).isTrue();
            }
            // Tab reaches the navigation; Space on a nav button opens its page.
            ToggleButton logButton = h.node("#nav-log");
            h.fx(logButton::requestFocus);
            h.robot.push(KeyCode.SPACE);
            assertThat(h.window().currentPage()).isEqualTo(Page.LOG);
            assertThat(h.text("#log-file")).contains(dir.resolve("app/logs").toString());
        }
    }

    @Test
    void settingsAreSavedAndTheLanguageSwitchesAtOnce() throws Exception {
        TestServices s = services();
        try (AppHarness h = AppHarness.start(s, Settings.DEFAULTS.withLanguage("en"), false)) {
            h.robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT5).release(KeyCode.DIGIT5).release(KeyCode.CONTROL);
            ComboBox<String> language = h.node("#settings-language");
            ComboBox<String> theme = h.node("#settings-theme");
            h.fx(() -> {
                language.setValue("zh-CN");
                theme.setValue("dark");
            });
            h.robot.clickOn("#settings-endpoint").write("tcp://127.0.0.1:9");
            h.robot.clickOn("#settings-save");
            assertThat(h.text("#nav-dashboard")).isEqualTo("概览");
            assertThat(h.window().currentPage()).isEqualTo(Page.SETTINGS);
            Settings saved = new SettingsStore(s.dirs().settingsDir()).load();
            assertThat(saved).isEqualTo(new Settings("tcp://127.0.0.1:9", "zh-CN", "dark", 100));
            assertThat(h.window().context().inspectOptions().dockerHost()).isEqualTo("tcp://127.0.0.1:9");
            assertThat(h.window().scene().getRoot().getPseudoClassStates().toString()).contains("dark");

            // The Containers page uses that endpoint; nothing listens there: a plain sentence, no stack trace.
            h.robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
            AppHarness.waitUntil(30, () -> !h.text("#containers-error").isBlank());
            assertThat(h.text("#containers-error")).startsWith("无法列出容器：").contains("127.0.0.1:9")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void errorsReadAsPlainWordsWithTheLogFileAndTheDetailsFolded() throws Exception {
        TestServices s = services();
        try (AppHarness h = AppHarness.start(s, Settings.DEFAULTS.withLanguage("en"), false)) {
            // The settings folder turns into a file: saving fails with an I/O error.
            Path settingsDir = s.dirs().settingsDir();
            try (var files = java.nio.file.Files.walk(settingsDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            java.nio.file.Files.writeString(settingsDir, "not a folder");
            h.robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT5).release(KeyCode.DIGIT5).release(KeyCode.CONTROL);
            h.focusAndClick("#settings-save");
            AppHarness.waitUntil(10, () -> h.robot.lookup(".sd-error-dialog").tryQuery().isPresent());
            javafx.scene.control.DialogPane pane = h.node(".sd-error-dialog");
            assertThat(pane.getHeaderText()).isEqualTo("The settings could not be saved");
            String shown = AppHarness.onFx(() -> h.robot.from(pane.getContent()).lookup(".label").queryAll().stream()
                    .map(n -> ((javafx.scene.control.Label) n).getText()).reduce("", (a, b) -> a + "\n" + b));
            assertThat(shown).contains("Details are in the log file: " + s.dirs().logFile()).doesNotContain("\tat ");
            assertThat(pane.isExpanded()).as("the stack trace is folded away").isFalse();
            assertThat(((javafx.scene.control.TextArea) pane.getExpandableContent()).getText()).contains("at ");
            h.fx(() -> ((Stage) pane.getScene().getWindow()).close());
        }
    }

    @Test
    void tabReachesTheDashboardActionsFromTheNavigation() throws Exception {
        try (AppHarness h = AppHarness.start(services(), Settings.DEFAULTS.withLanguage("en"), false)) {
            ToggleButton dashboard = h.node("#nav-dashboard");
            h.fx(dashboard::requestFocus);
            java.util.List<String> visited = new java.util.ArrayList<>();
            for (int i = 0; i < 12 && !visited.contains("rerun"); i++) {
                h.robot.push(KeyCode.TAB);
                visited.add(AppHarness.onFx(() -> {
                    var owner = h.window().scene().getFocusOwner();
                    return owner == null ? "none" : String.valueOf(owner.getId());
                }));
            }
            assertThat(visited).contains("rerun");
        }
    }
}
