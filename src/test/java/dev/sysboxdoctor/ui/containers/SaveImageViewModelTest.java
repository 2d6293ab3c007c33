package dev.sysboxdoctor.ui.containers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.image.ContainerInfo;
import dev.sysboxdoctor.image.Progress;
import dev.sysboxdoctor.image.Strategy;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.ui.TestServices;
import dev.sysboxdoctor.ui.common.CurrentThreadTaskExecutor;
import dev.sysboxdoctor.ui.common.I18n;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save dialog's rules that need no engine: tag checks as typed, Auto's recommendation, progress text. */
class SaveImageViewModelTest {
    private static final I18n EN = I18n.forLanguage("en", Locale.ENGLISH);
    @TempDir Path dir;

    private SaveImageViewModel vm(ContainerInfo c, SysboxMode mode) {
        FakeWsl wsl = FakeWsl.create(dir.resolve("wsl"));
        TestServices s = TestServices.windows(wsl.exe(), dir.resolve("c"), dir.resolve("app"), Duration.ofSeconds(5));
        return new SaveImageViewModel(s, new CurrentThreadTaskExecutor(), c, mode, "unix:///nonexistent.sock", EN);
    }

    private static ContainerInfo sysbox() {
        return new ContainerInfo("abc", "dev", "ubuntu:22.04", "sysbox-runc", "running", true);
    }

    @Test
    void theSuggestedTagIsAValidReferenceForAnyContainerName() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 12, 3);
        for (String name : new String[] {"dev", "My_App.1", "--weird name--", "", "日本"}) {
            String tag = SuggestedTag.of(name, day);
            assertThat(dev.sysboxdoctor.image.ImageService.validateTag(tag).valid()).as(name + " -> " + tag).isTrue();
            assertThat(tag).endsWith("-saved:2026-12-03");
        }
        assertThat(SuggestedTag.of("My_App.1", day)).isEqualTo("my_app.1-saved:2026-12-03");
    }

    @Test
    void theTagIsCheckedAsItIsTyped() {
        SaveImageViewModel vm = vm(sysbox(), SysboxMode.ROOTFS_CLONING);
        // A tag is suggested: the container's name, "-saved:" and today.
        assertThat(vm.tagProperty().get()).isEqualTo(vm.container().name().toLowerCase(java.util.Locale.ROOT)
                + "-saved:" + java.time.LocalDate.now());
        assertThat(vm.tagValidProperty().get()).isTrue();
        vm.tagProperty().set("");
        assertThat(vm.tagValidProperty().get()).isFalse();
        assertThat(vm.canSaveBinding().get()).isFalse();
        vm.tagProperty().set("My-App");
        assertThat(vm.tagValidProperty().get()).isFalse();
        assertThat(vm.tagMessageProperty().get()).contains("lowercase");
        vm.tagProperty().set("my-app:");
        assertThat(vm.tagMessageProperty().get()).contains("empty");
        vm.tagProperty().set("my-app");
        assertThat(vm.tagValidProperty().get()).isTrue();
        assertThat(vm.tagMessageProperty().get()).isEqualTo("Will be saved as my-app:latest");
        assertThat(vm.canSaveBinding().get()).isTrue();
    }

    @Test
    void autoIsRecommendedFromTheDiagnosedMode() {
        SaveImageViewModel cloning = vm(sysbox(), SysboxMode.ROOTFS_CLONING);
        assertThat(cloning.strategyProperty().get()).isEqualTo(Strategy.AUTO);
        assertThat(cloning.autoPlan()).doesNotContain(Strategy.COMMIT);
        assertThat(cloning.recommendation()).isEqualTo("Auto tries Export/import, then Snapshot. "
                + "Commit would save zero-filled files here (rootfs cloning), so Auto does not use it.");
        SaveImageViewModel idmapped = vm(sysbox(), SysboxMode.IDMAPPED);
        assertThat(idmapped.autoPlan().get(0)).isEqualTo(Strategy.COMMIT);
        assertThat(idmapped.recommendation()).endsWith("Chosen for Sysbox mode: ID-mapped mounts.");
        SaveImageViewModel runc = vm(new ContainerInfo("x", "web", "nginx", "runc", "exited", false), null);
        assertThat(runc.recommendation()).contains("ordinary runc container");
    }

    @Test
    void anUnreachableEngineIsAFailureWithAPlainMessage() {
        SaveImageViewModel vm = vm(sysbox(), SysboxMode.ROOTFS_CLONING);
        vm.tagProperty().set("my-app:v1");
        vm.save();
        assertThat(vm.phaseProperty().get()).isEqualTo(SavePhase.FAILED);
        assertThat(vm.failureProperty().get()).isNotNull();
        assertThat(vm.resultTextProperty().get()).startsWith("Could not save: ").doesNotContain("Exception");
        assertThat(vm.canSaveBinding().get()).as("the user can try again").isTrue();
    }

    @Test
    void progressReadsAsBytesRateAndTimeLeft() {
        Progress p = new Progress(Progress.Phase.EXPORTING, 12 * 1024 * 1024, 80 * 1024 * 1024, 6.1 * 1024 * 1024,
                Duration.ofSeconds(71), "");
        assertThat(ProgressText.of(EN, p)).isEqualTo("Exporting 12.0 MiB of 80.0 MiB · 6.1 MiB/s · 1:11 left");
        assertThat(dev.sysboxdoctor.report.ByteSize.format(512)).isEqualTo("512 B");
        assertThat(ProgressText.eta(Duration.ofSeconds(3725))).isEqualTo("1:02:05");
    }
}
