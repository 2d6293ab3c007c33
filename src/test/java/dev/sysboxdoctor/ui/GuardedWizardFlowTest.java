package dev.sysboxdoctor.ui;

import static dev.sysboxdoctor.testbed.TestBed.IMAGE;
import static dev.sysboxdoctor.testbed.TestBed.SYSBOX_RUNTIME;
import static dev.sysboxdoctor.testbed.TestBed.docker;
import static dev.sysboxdoctor.testbed.TestBed.dockerOk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wizard on a machine whose Sysbox is the test bed's (a restart really resets the Sysbox
 * containers): the preview lists each container at risk, checked; unchecking one asks for the
 * user's explicit word; the run saves the checked ones, and Done lists them restored.
 */
class GuardedWizardFlowTest {
    @TempDir Path dir;
    private final List<String> containers = new ArrayList<>();

    @AfterEach
    void clean() {
        List<String> all = new ArrayList<>(containers);
        for (String c : containers) {
            Arrays.stream(docker("ps", "-aq", "--filter", "name=^/" + c + "\\.").out().split("\\s+"))
                    .filter(s -> !s.isBlank()).forEach(all::add);
        }
        TestBed.removeContainers(all.toArray(String[]::new));
        Arrays.stream(docker("images", "-q", "sysbox-doctor-backup/*").out().split("\\s+")).filter(s -> !s.isBlank()).distinct()
                .forEach(i -> docker("rmi", "-f", i));
    }

    private String container(String what) {
        String name = TestBed.uniqueName(what);
        dockerOk("run", "-d", "--runtime", SYSBOX_RUNTIME, "--name", name, IMAGE, "sleep", "600");
        dockerOk("exec", name, "/bin/sh", "-c", "echo kept > /root/note");
        containers.add(name);
        return name;
    }

    private static String note(String name) {
        if (!dockerOk("inspect", "-f", "{{.State.Running}}", name).equals("true")) {
            dockerOk("start", name);
        }
        return dockerOk("exec", name, "/bin/sh", "-c", "cat /root/note 2>/dev/null || echo gone");
    }

    /** The id of the save step's box for {@code name}. */
    private static String boxFor(AppHarness h, String name) {
        VBox step = h.node("#wizard-save-step");
        return AppHarness.onFx(() -> step.getChildren().stream().filter(n -> n instanceof CheckBox c && c.getText().startsWith(name + " "))
                .map(Node::getId).findFirst().orElseThrow());
    }

    @Test
    void thePreviewListsTheContainersUncheckingAsksAndDoneListsTheRestoredOnes() throws Exception {
        String keep = container("gui-keep");
        String lose = container("gui-lose");
        Path root = dir.resolve("roots/ubuntu");
        FakeWsl wsl = WizardFlowTest.windows(dir, FixtureMachine.ubuntu515ShiftfsPrecheckFails(root).sysboxOfTestBed());
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("home/.wslconfig"), dir.resolve("app"), Duration.ofSeconds(30))
                .withGuardedEngine(TestBed.dockerHost());
        try (AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage("en"), true)) {
            AppHarness.waitUntil(60, () -> h.window().dashboard().finalDiagnosisProperty().get() != null
                    && !h.window().dashboard().runningProperty().get());
            h.focusAndClick("#fix-commit-broken"); // one Fix per cause: on the problem, the precheck finding is its evidence
            AppHarness.waitUntil(60, () -> h.robot.lookup("#wizard-next").tryQuery().map(n -> !n.isDisabled()).orElse(false));
            h.focusAndClick("#wizard-next");

            String keepBox = "#" + boxFor(h, keep);
            String loseBox = "#" + boxFor(h, lose);
            assertThat(h.text(keepBox)).contains(keep, "image " + IMAGE, "running");
            assertThat(((CheckBox) h.node(keepBox)).isSelected()).isTrue();
            assertThat(((CheckBox) h.node(loseBox)).isSelected()).isTrue();

            // Unchecking asks; "Keep saving it" leaves the box checked.
            h.focusAndClick(loseBox);
            AppHarness.waitUntil(10, () -> h.robot.lookup("#wizard-loss-dialog").tryQuery().isPresent());
            h.robot.clickOn("Keep saving it");
            AppHarness.waitUntil(10, () -> h.robot.lookup("#wizard-loss-dialog").tryQuery().isEmpty());
            assertThat(((CheckBox) h.node(loseBox)).isSelected()).isTrue();
            // Only the explicit words uncheck it.
            h.focusAndClick(loseBox);
            AppHarness.waitUntil(10, () -> h.robot.lookup("#wizard-loss-dialog").tryQuery().isPresent());
            h.robot.clickOn("I accept losing the changes in " + lose);
            AppHarness.waitUntil(10, () -> h.robot.lookup("#wizard-loss-dialog").tryQuery().isEmpty());
            assertThat(((CheckBox) h.node(loseBox)).isSelected()).isFalse();
            assertThat(h.text("#wizard-save-losses")).contains(lose);

            h.focusAndPressSpace("#wizard-consent");
            h.focusAndClick("#wizard-apply");
            AppHarness.waitUntil(20, () -> h.robot.lookup("#wizard-save-progress").tryQuery().isPresent());
            // The verification also restores the saved container (a verified restore): longer than a plain fix.
            AppHarness.waitUntil(300, () -> h.robot.lookup("#wizard-verify-headline").tryQuery()
                    .map(n -> ((Label) n).getText().startsWith("Verified")).orElse(false));
            assertThat(h.text("#wizard-log")).contains("Saved " + keep + " as sysbox-doctor-backup/", "Restored " + keep + " from ");
            h.focusAndClick("#wizard-next");
            AppHarness.waitUntil(60, () -> h.robot.lookup("#wizard-restored").tryQuery().isPresent());
            VBox restored = h.node("#wizard-restored");
            List<String> lines = AppHarness.onFx(() -> restored.getChildren().stream().map(n -> ((Label) n).getText()).toList());
            assertThat(lines).anyMatch(l -> l.startsWith(keep + ": restored; the old container is kept as " + keep + ".before-restore-"))
                    .noneMatch(l -> l.startsWith(lose));
            h.focusAndClick("#wizard-close");
        }
        assertThat(note(keep)).as("saved and restored").isEqualTo("kept");
        assertThat(note(lose)).as("the user accepted the loss").isEqualTo("gone");
    }
}
