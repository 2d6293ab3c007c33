package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Strategy;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import dev.sysboxdoctor.ui.containers.RefusalRow;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Save as image..." against the real test-bed engine: a runc container saved with Auto ends with a
 * verified image (after confirming to replace an existing tag); a Sysbox container saved with commit
 * under rootfs cloning is refused with the differing files; a running save can be cancelled.
 */
class SaveDialogFlowTest {
    @TempDir Path dir;
    private final String runc = TestBed.uniqueName("ui-runc");
    private final String sysbox = TestBed.uniqueName("ui-sysbox");
    private final String big = TestBed.uniqueName("ui-big");
    private final String repo = TestBed.uniqueName("ui-image");

    @AfterEach
    void clean() {
        TestBed.removeContainers(runc, sysbox, big);
        TestBed.removeImages(repo + ":runc", repo + ":sysbox", repo + ":big");
    }

    private AppHarness open() throws Exception {
        FakeWsl wsl = WizardFlowTest.windows(dir, FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")));
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("home/.wslconfig"), dir.resolve("app"),
                Duration.ofSeconds(30)).withEngine(TestBed.dockerHost());
        AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage("en"), true);
        AppHarness.waitUntil(60, () -> h.window().dashboard().finalDiagnosisProperty().get() != null
                && !h.window().dashboard().runningProperty().get());
        h.robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT2).release(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        assertThat(h.window().currentPage()).isEqualTo(Page.CONTAINERS);
        return h;
    }

    private static void startContainer(String name, String runtime, String setup) {
        TestBed.dockerOk("run", "-d", "--name", name, "--runtime", runtime, "--network", "none", TestBed.IMAGE,
                "sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done");
        TestBed.dockerOk("exec", name, "sh", "-c", setup);
    }

    private void openSaveDialog(AppHarness h, String container) throws Exception {
        TableView<ContainerInfo> table = h.node("#containers-table");
        h.robot.clickOn("#containers-refresh");
        AppHarness.waitUntil(60, () -> table.getItems().stream().anyMatch(c -> c.name().equals(container)));
        ContainerInfo row = table.getItems().stream().filter(c -> c.name().equals(container)).findFirst().orElseThrow();
        h.fx(() -> {
            table.getSelectionModel().select(row);
            table.requestFocus();
        });
        h.robot.push(KeyCode.ENTER); // Enter on a row opens "Save as image..."
        AppHarness.waitUntil(10, () -> h.robot.lookup("#save-tag").tryQuery().isPresent());
    }

    /** Replaces the suggested tag the way a user would: select all, type. */
    private static void typeTag(AppHarness h, String text) {
        TextField tag = h.node("#save-tag");
        h.fx(tag::clear);
        h.robot.clickOn("#save-tag").write(text);
    }

    private static String result(AppHarness h) {
        return h.text("#save-result");
    }

    private void closeDialog(AppHarness h) {
        Node tag = h.node("#save-tag");
        h.fx(() -> ((Stage) tag.getScene().getWindow()).close());
    }

    @Test
    void runcSavedWithAutoIsVerifiedAfterConfirmingTheReplaceAndASysboxCommitIsRefused() throws Exception {
        startContainer(runc, "runc", "mkdir -p /usr/local/bin && echo hello > /root/greeting && cp /bin/busybox /usr/local/bin/tool");
        startContainer(sysbox, TestBed.SYSBOX_RUNTIME, "mkdir -p /usr/local/bin && echo hello > /root/greeting && cp /bin/busybox /usr/local/bin/tool");
        TestBed.dockerOk("tag", TestBed.IMAGE, repo + ":runc"); // the tag exists: the dialog must ask first
        try (AppHarness h = open()) {
            TableView<ContainerInfo> table = h.node("#containers-table");
            openSaveDialog(h, runc);
            assertThat(table.getItems()).anySatisfy(c -> {
                assertThat(c.name()).isEqualTo(sysbox);
                assertThat(c.sysbox()).isTrue();
            });

            // A tag is suggested, so nothing is red before anything is typed; the engine is named.
            assertThat(h.text("#save-tag")).isEqualTo(runc + "-saved:" + java.time.LocalDate.now());
            assertThat(((Label) h.node("#save-tag-message")).getStyleClass()).doesNotContain("text-danger");
            assertThat(h.text("#save-engine")).doesNotContain("default");
            // The tag is checked as it is typed.
            typeTag(h, "UI:Bad");
            assertThat(h.text("#save-tag-message")).contains("lowercase");
            assertThat(((Button) h.node("#save-run")).isDisabled()).isTrue();
            typeTag(h, repo + ":runc");
            assertThat(h.text("#save-tag-message")).isEqualTo("Will be saved as " + repo + ":runc");
            assertThat(((ComboBox<?>) h.node("#save-strategy")).getValue()).isEqualTo(Strategy.AUTO);
            assertThat(h.text("#save-recommendation")).contains("Auto tries Commit");
            h.robot.clickOn("#save-author").write("UI Test");
            h.robot.clickOn("#save-message").write("saved from the GUI test");

            h.robot.clickOn("#save-run");
            AppHarness.waitUntil(60, () -> h.robot.lookup("#save-replace-confirm").tryQuery().isPresent());
            h.robot.clickOn("Replace");
            AppHarness.waitUntil(300, () -> result(h).startsWith("Saved") || result(h).startsWith("Refused")
                    || result(h).startsWith("Could not"));
            assertThat(result(h)).startsWith("Saved " + repo + ":runc (").endsWith("the image passed verification.");
            assertThat(h.robot.lookup("#save-tag-message").<Node>query().isVisible()).as("no stale 'Will be saved as'").isFalse();
            String id = TestBed.dockerOk("image", "inspect", "-f", "{{.Id}}", repo + ":runc");
            assertThat(id).isNotEqualTo(TestBed.dockerOk("image", "inspect", "-f", "{{.Id}}", TestBed.IMAGE));
            assertThat(TestBed.dockerOk("image", "inspect", "-f", "{{.Author}}", repo + ":runc")).isEqualTo("UI Test");
            assertThat(h.robot.lookup("#save-copy-report").<Node>query().isVisible()).isTrue();
            Shots.save(h.robot, h.node("#save-tag").getScene(), "save-verified");
            closeDialog(h);
            Shots.save(h.robot, h.window().scene(), "containers");

            // A Sysbox container, commit forced, on a machine in rootfs-cloning mode: refused, with the files.
            openSaveDialog(h, sysbox);
            assertThat(h.text("#save-recommendation")).contains("zero-filled");
            typeTag(h, repo + ":sysbox");
            ComboBox<Strategy> strategy = h.node("#save-strategy");
            h.fx(() -> strategy.setValue(Strategy.COMMIT));
            h.robot.clickOn("#save-run");
            AppHarness.waitUntil(300, () -> result(h).startsWith("Saved") || result(h).startsWith("Refused")
                    || result(h).startsWith("Could not"));
            assertThat(result(h)).startsWith("Refused: " + repo + ":sysbox was not created or moved.");
            TableView<RefusalRow> diffs = h.node("#save-differences");
            assertThat(diffs.isVisible()).isTrue();
            assertThat(diffs.getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.method()).isEqualTo("Commit"));
            assertThat(diffs.getItems()).anySatisfy(r -> assertThat(r.difference().aspect())
                    .isIn(Difference.Aspect.CONTENT, Difference.Aspect.ELF, Difference.Aspect.PROBE));
            h.fx(() -> diffs.getSelectionModel().select(0));
            assertThat(h.text("#save-difference-details")).startsWith("Method: Commit\nPath: ");
            assertThat(h.text("#save-next")).startsWith("Nothing was saved, and the container is unchanged. Next:");
            Button saveAgain = h.node("#save-run");
            assertThat(saveAgain.isDefaultButton()).as("retrying the same way would not help").isFalse();
            assertThat(saveAgain.getStyleClass()).doesNotContain("accent");
            assertThat(TestBed.docker("image", "inspect", repo + ":sysbox").ok()).as("no tag for a broken image").isFalse();
            Shots.save(h.robot, h.node("#save-tag").getScene(), "save-refused");
            Stage dialog = (Stage) h.node("#save-tag").getScene().getWindow();
            h.fx(() -> {
                dialog.setWidth(1024);
                dialog.setHeight(700);
            });
            assertThat(AppHarness.onFx(() -> WindowPolishTest.cutLabels(dialog.getScene().getRoot()))).isEmpty();
            Shots.save(h.robot, dialog.getScene(), "save-refused-1024");
            closeDialog(h);

            // Reports has the last save, ready to copy.
            h.robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT3).release(KeyCode.DIGIT3).release(KeyCode.CONTROL);
            assertThat(h.text("#report-save-text")).contains("Refused", repo + ":sysbox", "| Path |");
            h.robot.clickOn("#report-save-json");
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(h.text("#report-save-text"));
            assertThat(json.path("saved").asBoolean(true)).isFalse();
            assertThat(json.path("tag").asText()).isEqualTo(repo + ":sysbox");
        }
    }

    @Test
    void aRunningSaveCanBeCancelledAndLeavesNoTag() throws Exception {
        startContainer(big, "runc", "dd if=/dev/urandom of=/root/big bs=1M count=150 2>/dev/null");
        try (AppHarness h = open()) {
            openSaveDialog(h, big);
            typeTag(h, repo + ":big");
            ComboBox<Strategy> strategy = h.node("#save-strategy");
            h.fx(() -> strategy.setValue(Strategy.EXPORT_IMPORT));
            h.robot.clickOn("#save-run");
            AppHarness.waitUntil(60, () -> h.robot.lookup("#save-cancel").<Node>query().isVisible());
            AppHarness.waitUntil(60, () -> h.text("#save-progress-text").contains("MiB"));
            Shots.save(h.robot, h.node("#save-tag").getScene(), "save-progress");
            h.robot.clickOn("#save-cancel");
            AppHarness.waitUntil(120, () -> result(h).startsWith("Cancelled"));
            assertThat(((Label) h.node("#save-result")).getText()).contains("Nothing was tagged");
            assertThat(TestBed.docker("image", "inspect", repo + ":big").ok()).isFalse();
            assertThat(((Button) h.node("#save-run")).isDisabled()).as("can try again").isFalse();
        }
    }

    @Test
    void aSaveThatCouldNotBeVerifiedIsToldApartFromARefusalWithTheReason() throws Exception {
        startContainer(sysbox, TestBed.SYSBOX_RUNTIME, "echo kept > /kept");
        TestBed.dockerOk("stop", sysbox);
        try (AppHarness h = open()) {
            openSaveDialog(h, sysbox);
            typeTag(h, repo + ":sysbox");
            ComboBox<Strategy> strategy = h.node("#save-strategy");
            h.fx(() -> strategy.setValue(Strategy.SNAPSHOT));
            h.robot.clickOn("#save-run");
            AppHarness.waitUntil(120, () -> result(h).startsWith("Saved") || result(h).startsWith("Refused")
                    || result(h).startsWith("Could not"));
            assertThat(result(h)).startsWith("Could not verify: " + repo + ":sysbox was not created or moved.")
                    .contains("is not running");
            assertThat(((Label) h.node("#save-result")).getStyleClass()).contains("sd-result-neutral").doesNotContain("sd-result-bad");
            assertThat(TestBed.docker("image", "inspect", repo + ":sysbox").ok()).isFalse();
            assertThat(TestBed.dockerOk("inspect", "--format", "{{.State.Status}}", sysbox)).isEqualTo("exited");
        }
    }
}
