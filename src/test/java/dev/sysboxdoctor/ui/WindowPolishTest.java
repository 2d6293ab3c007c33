package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.ui.common.Wrapping;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a demanding user checks on the real window over a 5.15 distro with Sysbox in rootfs
 * cloning: one action per cause, no word cut at 1024x700 or the minimum size in either language,
 * and Settings that say what they did.
 */
class WindowPolishTest {
    @TempDir Path dir;

    private TestServices services() {
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")).wslPackage("2.4.13").write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("wsl"))
                .answer("list-verbose", "  NAME          STATE           VERSION\n* Ubuntu-22.04  Running         2\n")
                .answerFromSample("version", "version-en-4.txt", 0)
                .distro("Ubuntu-22.04", dir.resolve("roots/ubuntu"));
        return TestServices.windows(wsl.exe(), dir.resolve("none/.wslconfig"), dir.resolve("app"), Duration.ofSeconds(20));
    }

    private static AppHarness diagnosed(TestServices s, String language) throws Exception {
        AppHarness h = AppHarness.start(s, Settings.DEFAULTS.withLanguage(language), true);
        AppHarness.waitUntil(60, () -> h.window().dashboard().finalDiagnosisProperty().get() != null
                && !h.window().dashboard().runningProperty().get());
        return h;
    }

    @Test
    void oneCauseHasOneFixButtonAndTheOtherFindingsAreItsEvidence() throws Exception {
        try (AppHarness h = diagnosed(services(), "en")) {
            List<String> fixButtons = AppHarness.onFx(() -> h.robot.lookup(n -> n.getId() != null
                    && n.getId().startsWith("fix-")).queryAll().stream().map(Node::getId).toList());
            assertThat(fixButtons).as("the kernel cause is fixed from the problem, not from each symptom")
                    .containsExactly("fix-commit-broken");
            assertThat(h.robot.lookup("#same-cause-commit-broken").tryQuery()).isPresent();
            assertThat(h.text("#same-cause-commit-broken")).startsWith("Same cause, fixed by the same step (");
        }
    }

    @Test
    void noButtonOrLabelIsCutAt1024x700OrTheMinimumSizeInEnglishAndChinese() throws Exception {
        for (String language : new String[] {"en", "zh-CN"}) {
            try (AppHarness h = diagnosed(services(), language)) {
                Stage stage = h.window().stage();
                assertThat(stage.getMinWidth()).isEqualTo(SysboxDoctorApp.MIN_WIDTH);
                for (double[] size : new double[][] {{1024, 700}, {SysboxDoctorApp.MIN_WIDTH, SysboxDoctorApp.MIN_HEIGHT}}) {
                    h.fx(() -> {
                        stage.setWidth(size[0]);
                        stage.setHeight(size[1]);
                    });
                    AppHarness.waitUntil(5, () -> stage.getWidth() == size[0]);
                    for (Page page : new Page[] {Page.DASHBOARD, Page.CONTAINERS, Page.REPORTS, Page.SETTINGS}) {
                        h.fx(() -> h.window().show(page));
                        List<String> cut = AppHarness.onFx(() -> cutLabels(h.window().scene().getRoot()));
                        assertThat(cut).as(language + " " + page + " at " + size[0] + "x" + size[1]).isEmpty();
                    }
                    h.fx(() -> h.window().show(Page.DASHBOARD));
                }
            }
        }
    }

    /** Labeled controls whose rendered text is not their whole text (an ellipsis replaced the end). */
    static List<String> cutLabels(Parent root) {
        root.applyCss();
        root.layout();
        List<String> cut = new ArrayList<>();
        for (Node n : root.lookupAll(".labeled")) {
            if (!(n instanceof Labeled l) || !l.isVisible() || l.getText() == null || l.getText().isBlank()) {
                continue;
            }
            Node shown = l.lookup(".text");
            if (shown instanceof Text text && text.getParent() == l
                    && !Wrapping.plain(text.getText()).equals(Wrapping.plain(l.getText()))) {
                cut.add(l.getText() + " -> " + text.getText());
            }
        }
        return cut;
    }

    @Test
    void settingsSayTheyWereSavedAndUnsavedChoicesAreNotDroppedSilently() throws Exception {
        TestServices s = services();
        try (AppHarness h = AppHarness.start(s, Settings.DEFAULTS.withLanguage("en"), false)) {
            h.fx(() -> h.window().show(Page.SETTINGS));
            TextField endpoint = h.node("#settings-endpoint");
            h.fx(() -> endpoint.setText("tcp://127.0.0.1:9"));
            h.focusAndClick("#nav-reports");
            AppHarness.waitUntil(10, () -> h.robot.lookup("#settings-unsaved").tryQuery().isPresent());
            h.robot.push(KeyCode.ESCAPE); // Cancel: stay on Settings with the choice kept
            assertThat(h.window().currentPage()).isEqualTo(Page.SETTINGS);
            assertThat(h.text("#settings-endpoint")).isEqualTo("tcp://127.0.0.1:9");

            h.focusAndClick("#settings-save");
            assertThat(h.text("#notice")).isEqualTo("Saved to " + s.dirs().settingsDir().resolve("settings.json"));
            h.focusAndClick("#nav-reports");
            assertThat(h.window().currentPage()).as("nothing unsaved: no question").isEqualTo(Page.REPORTS);
        }
    }
}
