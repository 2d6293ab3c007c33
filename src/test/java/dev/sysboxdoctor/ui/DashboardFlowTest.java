package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard fills from fixture machines seen through the fake wsl.exe, as on Windows: a broken
 * distro, a safe one, and one whose wsl.exe call hangs and times out while the rest fills in.
 */
class DashboardFlowTest {
    @TempDir Path dir;

    static FakeWsl threeDistros(Path dir) {
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")).wslPackage("2.4.13").write();
        FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("roots/noble")).sysbox("0.7.1").wslPackage("2.4.13").write();
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/stuck")).write();
        return FakeWsl.create(dir.resolve("wsl"))
                .answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n"
                        + "  Noble     Running         2\n  Stuck     Running         2\n")
                .answerFromSample("version", "version-en-4.txt", 0)
                .distro("Ubuntu", dir.resolve("roots/ubuntu")).distro("Noble", dir.resolve("roots/noble"))
                .distro("Stuck", dir.resolve("roots/stuck")).hang("exec:Stuck");
    }

    @Test
    void fillsInAsResultsArriveAndAHungDistroShowsTimedOut() throws Exception {
        FakeWsl wsl = threeDistros(dir);
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("none/.wslconfig"), dir.resolve("app"),
                Duration.ofSeconds(12));
        try (AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage("en"), true)) {
            var vm = h.window().dashboard();
            // Ubuntu's verdict is shown while the hung distro is still being waited for.
            AppHarness.waitUntil(30, () -> h.text("#verdict").startsWith("Committing"));
            assertThat(h.text("#verdict")).isEqualTo("Committing Sysbox containers in Ubuntu produces broken images");
            assertThat(vm.runningProperty().get()).as("the hung distro is still pending").isTrue();
            Button rerun = h.node("#rerun");
            assertThat(rerun.isDisabled()).isTrue();

            AppHarness.waitUntil(40, () -> !vm.runningProperty().get());
            assertThat(h.text("#last-run")).startsWith("Last run ");
            ComboBox<String> picker = h.node("#target-picker");
            assertThat(picker.getItems()).containsExactly("Ubuntu", "Noble", "Stuck");
            assertThat(picker.isVisible()).isTrue();
            assertThat(h.text("#card-kernel-value")).isEqualTo("5.15.153.1-microsoft-standard-WSL2");
            assertThat(h.text("#card-sysbox-state")).isEqualTo("Problem");
            assertThat(h.text("#group-error")).startsWith("Problems (");
            assertThat(h.robot.lookup("#fix-commit-broken").tryQuery()).isPresent();
            assertThat(h.robot.lookup("#save-for-commit-broken").tryQuery()).as("save verified until fixed").isPresent();
            h.focusAndClick("#copy-report");
            String copied = clipboard(h);
            assertThat(copied).contains("Sysbox Doctor diagnosis", "Ubuntu", "BROKEN");
            assertThat(h.text("#notice")).isEqualTo("Report copied to the clipboard (Markdown)");

            h.fx(() -> picker.setValue("Noble"));
            assertThat(h.text("#verdict")).isEqualTo("Safe to commit: Sysbox containers in Noble save as working images");
            assertThat(h.text("#card-sysbox-state")).isEqualTo("OK");

            h.fx(() -> picker.setValue("Stuck"));
            assertThat(h.text("#verdict")).isEqualTo("Stuck did not answer in time");
            assertThat(h.text("#card-kernel-value")).isEqualTo("Timed out");
            assertThat(h.text("#card-sysbox-value")).isEqualTo("Timed out");
            assertThat(h.text("#card-wsl-state")).isNotEqualTo("Timed out");

            // Re-run with the keyboard: F5.
            h.robot.push(javafx.scene.input.KeyCode.F5);
            AppHarness.waitUntil(5, vm.runningProperty()::get);
            assertThat(rerun.isDisabled()).isTrue();
            assertThat(h.text("#verdict")).as("the last result stays during the re-run").isEqualTo("Stuck did not answer in time");
            assertThat(h.text("#last-run")).contains("re-checking now");
            // Esc cancels a running diagnosis; the last result stays, marked as not refreshed.
            h.robot.push(javafx.scene.input.KeyCode.ESCAPE);
            AppHarness.waitUntil(10, () -> !vm.runningProperty().get());
            assertThat(h.text("#verdict")).isEqualTo("Stuck did not answer in time");
            assertThat(h.text("#last-run")).startsWith("Last run ").endsWith("not refreshed: the re-run was cancelled");
            h.fx(() -> picker.setValue("Ubuntu"));
            assertThat(h.text("#verdict")).isEqualTo("Committing Sysbox containers in Ubuntu produces broken images");
            assertThat(h.robot.lookup("#fix-commit-broken").tryQuery()).isPresent();
        }
    }

    static String clipboard(AppHarness h) {
        java.util.concurrent.atomic.AtomicReference<String> text = new java.util.concurrent.atomic.AtomicReference<>();
        h.fx(() -> text.set(javafx.scene.input.Clipboard.getSystemClipboard().getString()));
        return text.get();
    }

    static boolean visibleText(Node root, String text) {
        return root.lookupAll(".label").stream().anyMatch(n -> n instanceof Label l && text.equals(l.getText()));
    }
}
