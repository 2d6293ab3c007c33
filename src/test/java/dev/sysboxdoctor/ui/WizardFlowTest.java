package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.remedy.FixtureOverrides;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.ui.settings.Settings;
import dev.sysboxdoctor.ui.wizard.FactChange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The remediation wizard on fixture machines seen through the fake wsl.exe: "Fix..." on a finding,
 * explain, preview (exact commands and diffs), consent, apply with a live log, verify (old vs
 * new), then done or undo; the dashboard re-diagnoses afterwards.
 */
class WizardFlowTest {

    @TempDir Path dir;

    /** Windows with Ubuntu on {@code machine}; wsl --update installs a 6.6 kernel that boots after wsl --shutdown. */
    static FakeWsl windows(Path dir, FixtureMachine machine) {
        return FixtureOverrides.upgradableWindows(dir.resolve("wsl"), machine.write(),
                "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n");
    }

    private AppHarness open(FakeWsl wsl) throws Exception {
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("home/.wslconfig"), dir.resolve("app"),
                Duration.ofSeconds(30));
        AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage("en"), true);
        AppHarness.waitUntil(60, () -> h.window().dashboard().finalDiagnosisProperty().get() != null
                && !h.window().dashboard().runningProperty().get());
        return h;
    }

    /** Waits for "Verified"; on a timeout, says where the wizard stopped and what its log says. */
    static void waitVerified(AppHarness h) throws Exception {
        try {
            AppHarness.waitUntil(60, () -> h.robot.lookup("#wizard-verify-headline").tryQuery()
                    .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("Verified")).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("wizard did not verify: " + h.robot.lookup("#wizard-message").tryQuery()
                    .map(n -> ((javafx.scene.control.Label) n).getText()).orElse("?") + "\nlog:\n"
                    + h.robot.lookup("#wizard-log").tryQuery().map(n -> ((TextArea) n).getText()).orElse("?"), e);
        }
    }

    @Test
    void theWslKernelUpgradeIsPreviewedAppliedAndVerified() throws Exception {
        FakeWsl wsl = windows(dir, FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")));
        try (AppHarness h = open(wsl)) {
            assertThat(h.text("#verdict")).isEqualTo("Committing Sysbox containers in Ubuntu produces broken images");
            Instant firstRun = h.window().dashboard().lastRunProperty().get();
            h.focusAndClick("#fix-commit-broken");
            AppHarness.waitUntil(30, () -> h.robot.lookup("#wizard-next").tryQuery().map(n -> !n.isDisabled()).orElse(false));
            assertThat(h.text("#wizard-title")).isNotBlank();
            javafx.stage.Stage wizardStage = (javafx.stage.Stage) h.node("#wizard-root").getScene().getWindow();
            assertThat(wizardStage.getTitle()).as("named for people, not by the remedy id")
                    .isEqualTo("Fix: " + h.text("#wizard-title")).doesNotContain("wsl-kernel-upgrade");
            assertThat(h.text("#wizard-explanation")).doesNotContain("`");
            assertThat(h.text("#wizard-explanation")).isNotBlank();
            assertThat(wsl.calls()).noneMatch(c -> c.contains("--update") || c.contains("--shutdown"));

            h.focusAndClick("#wizard-next");
            TextArea update = h.node("#wizard-command-1");
            TextArea shutdown = h.node("#wizard-command-2");
            assertThat(update.getText()).isEqualTo(wsl.exe() + " --update");
            assertThat(shutdown.getText()).isEqualTo(wsl.exe() + " --shutdown");
            assertThat(h.text("#wizard-warnings .label")).isNotBlank();
            Button apply = h.node("#wizard-apply");
            assertThat(apply.isDisabled()).as("no consent yet").isTrue();
            h.focusAndPressSpace("#wizard-consent");
            assertThat(((CheckBox) h.node("#wizard-consent")).isSelected()).isTrue();
            h.focusAndClick("#wizard-apply");

            waitVerified(h);
            TableView<FactChange> changes = h.node("#wizard-changes");
            assertThat(changes.getItems()).as("only what changed").allMatch(FactChange::changed);
            assertThat(changes.getItems()).anySatisfy(c -> {
                assertThat(c.before()).contains("5.15");
                assertThat(c.after()).isEqualTo(FixtureOverrides.NEW_KERNEL);
            });
            assertThat(wsl.calls()).anyMatch(c -> c.contains("--update")).anyMatch(c -> c.contains("--shutdown"));
            h.focusAndClick("#wizard-next");
            assertThat(h.text("#wizard-done-headline")).isEqualTo("Fixed and verified.");
            assertThat(h.robot.lookup("#wizard-message").tryQuery()).as("one result line on Done").isEmpty();
            h.focusAndClick("#wizard-close");

            // The dashboard looked again by itself: the kernel card shows the new kernel.
            AppHarness.waitUntil(60, () -> !h.window().dashboard().runningProperty().get()
                    && !firstRun.equals(h.window().dashboard().lastRunProperty().get()));
            assertThat(h.text("#card-kernel-value")).isEqualTo(FixtureOverrides.NEW_KERNEL);
        }
    }

    @Test
    void thePrecheckOverrideIsAppliedVerifiedAndUndone() throws Exception {
        Path root = dir.resolve("roots/ubuntu");
        FakeWsl wsl = windows(dir, FixtureMachine.ubuntu515ShiftfsPrecheckFails(root));
        Path dropIn = root.resolve("etc/systemd/system/sysbox-mgr.service.d");
        try (AppHarness h = open(wsl)) {
            // One cause, one button: the precheck finding is the problem's evidence, fixed from the problem.
            assertThat(h.robot.lookup("#fix-shiftfs-precheck-failed").tryQuery()).isEmpty();
            assertThat(h.robot.lookup("#same-cause-commit-broken").tryQuery()).isPresent();
            h.focusAndClick("#fix-commit-broken");
            AppHarness.waitUntil(30, () -> h.robot.lookup("#wizard-next").tryQuery().map(n -> !n.isDisabled()).orElse(false));
            h.focusAndClick("#wizard-next");
            TextArea diff = h.node("#wizard-diff-1");
            assertThat(diff.getText()).contains("+ExecStart=", "--disable-shiftfs-precheck");
            assertThat(h.text("#wizard-command-3")).contains("systemctl", "restart", "sysbox");
            h.focusAndPressSpace("#wizard-consent");
            h.focusAndClick("#wizard-apply");
            waitVerified(h);
            TextArea log = h.node("#wizard-log");
            assertThat(log.getText()).contains("systemctl");
            assertThat(Files.list(dropIn).map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".conf"));
            long confsAfterApply = Files.list(dropIn).count();

            h.focusAndClick("#wizard-undo");
            AppHarness.waitUntil(60, () -> h.robot.lookup("#wizard-done-headline").tryQuery()
                    .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("Undone")).orElse(false));
            long confsAfterUndo = Files.isDirectory(dropIn) ? Files.list(dropIn).count() : 0;
            assertThat(confsAfterUndo).isLessThan(confsAfterApply);
            h.focusAndClick("#wizard-close");
        }
    }
}
