package dev.sysboxdoctor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.testbed.DockerCli;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import dev.sysboxdoctor.ui.settings.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Containers page on a rootfs-cloning target (WSL 5.15) with the test bed's engine: the Sysbox
 * container is marked as at risk, and "Save all" saves it as a verified backup in the background.
 */
class SaveAllFlowTest {
    @TempDir Path dir;
    private final String sysbox = TestBed.uniqueName("ui-saveall");
    private final String runc = TestBed.uniqueName("ui-saveall-runc");

    @AfterEach
    void clean() {
        TestBed.removeContainers(sysbox, runc);
        Arrays.stream(TestBed.docker("images", "-q", "sysbox-doctor-backup/*").out().split("\\s+")).filter(s -> !s.isBlank())
                .distinct().forEach(i -> TestBed.docker("rmi", "-f", i));
    }

    @Test
    void theFindingsSaveAllNowBacksUpTheSysboxContainerMarkedAtRisk() throws Exception {
        TestBed.dockerOk("run", "-d", "--name", sysbox, "--runtime", TestBed.SYSBOX_RUNTIME, TestBed.IMAGE, "sleep", "600");
        TestBed.dockerOk("exec", sysbox, "sh", "-c", "echo kept > /root/note");
        TestBed.dockerOk("run", "-d", "--name", runc, TestBed.IMAGE, "sleep", "600");
        Path root = dir.resolve("roots/ubuntu");
        FakeWsl wsl = WizardFlowTest.windows(dir, FixtureMachine.wsl2Kernel515WithSysbox(root));
        DockerCli.installInto(root); // the distro's docker answers from the test bed: the diagnosis sees its containers
        TestServices services = TestServices.windows(wsl.exe(), dir.resolve("home/.wslconfig"), dir.resolve("app"),
                Duration.ofSeconds(30)).withEngine(TestBed.dockerHost());
        try (AppHarness h = AppHarness.start(services, Settings.DEFAULTS.withLanguage("en"), true)) {
            AppHarness.waitUntil(60, () -> h.window().dashboard().finalDiagnosisProperty().get() != null
                    && !h.window().dashboard().runningProperty().get());
            // The finding names the container at risk and offers "Save all now", which runs on the Containers page.
            assertThat(h.robot.lookup("#save-all-for-container-changes-volatile").tryQuery()).isPresent();
            h.focusAndClick("#save-all-for-container-changes-volatile");
            assertThat(h.window().currentPage()).isEqualTo(Page.CONTAINERS);
            TableView<ContainerInfo> table = h.node("#containers-table");
            AppHarness.waitUntil(60, () -> table.getItems().stream().anyMatch(c -> c.name().equals(sysbox)));
            AppHarness.waitUntil(10, () -> h.robot.lookup("sysbox · changes at risk").tryQuery().isPresent());
            assertThat(h.robot.lookup(".sd-badge-danger").queryAll()).hasSize(
                    (int) AppHarness.onFx(() -> table.getItems().stream().filter(ContainerInfo::sysbox).count()).longValue());

            AppHarness.waitUntil(300, () -> h.text("#save-all-status").startsWith("Saved "));
            VBox results = h.node("#save-all-results");
            List<String> lines = AppHarness.onFx(() -> results.getChildren().stream().map(n -> ((Label) n).getText()).toList());
            assertThat(lines).anyMatch(l -> l.startsWith(sysbox + ": saved as sysbox-doctor-backup/" + sysbox + ":"))
                    .noneMatch(l -> l.startsWith(runc));
            String tag = lines.stream().filter(l -> l.startsWith(sysbox)).findFirst().orElseThrow().replaceFirst(".*saved as ", "");
            assertThat(TestBed.dockerOk("run", "--rm", tag, "cat", "/root/note")).isEqualTo("kept");
        }
    }
}
