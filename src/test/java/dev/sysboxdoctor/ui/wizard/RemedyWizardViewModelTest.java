package dev.sysboxdoctor.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.remedy.Step;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.ui.TestServices;
import dev.sysboxdoctor.ui.common.CurrentThreadTaskExecutor;
import dev.sysboxdoctor.ui.common.I18n;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's steps over the real precheck remedy on a fixture distro, run inline. */
class RemedyWizardViewModelTest {
    @TempDir Path dir;

    private RemedyWizardViewModel wizard(FixtureMachine machine, RemedyId remedy, AtomicInteger changed) {
        Path root = machine.write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("wsl"))
                .answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n")
                .defaultDistro("Ubuntu").distro("Ubuntu", root);
        TestServices s = TestServices.windows(wsl.exe(), dir.resolve("home/.wslconfig"), dir.resolve("app"), Duration.ofSeconds(20));
        TargetFacts ubuntu = new TargetFacts("Ubuntu", TargetKind.WSL_DISTRO, null, Tri.YES, null, null, null, List.of());
        return new RemedyWizardViewModel(s, new CurrentThreadTaskExecutor(), ubuntu, remedy,
                I18n.forLanguage("en", Locale.ENGLISH), changed::incrementAndGet);
    }

    @Test
    void explainPreviewApplyVerifyUndo() {
        AtomicInteger changed = new AtomicInteger();
        RemedyWizardViewModel vm = wizard(FixtureMachine.ubuntu515ShiftfsPrecheckFails(dir.resolve("ubuntu")),
                RemedyId.PRECHECK_OVERRIDE, changed);
        vm.load();
        assertThat(vm.statusProperty().get()).isEqualTo(WizardStatus.READY);
        assertThat(vm.explanationProperty().get()).isNotBlank();
        assertThat(vm.steps()).extracting(Step::kind).contains(Step.Kind.FILE_CHANGE, Step.Kind.COMMAND);

        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.PREVIEW);
        vm.apply();
        assertThat(vm.stepProperty().get()).as("nothing runs without consent").isEqualTo(WizardStep.PREVIEW);
        assertThat(vm.log()).isEmpty();

        vm.consentProperty().set(true);
        vm.apply();
        assertThat(vm.statusProperty().get()).as(vm.messageProperty().get()).isEqualTo(WizardStatus.VERIFIED);
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.VERIFY);
        assertThat(vm.log()).anyMatch(l -> l.contains("systemctl"));
        assertThat(vm.changes()).anySatisfy(c -> {
            assertThat(c.fact()).isEqualTo("mode");
            assertThat(c.after()).isEqualTo("SHIFTFS");
            assertThat(c.changed()).isTrue();
        });
        assertThat(changed.get()).as("the dashboard re-diagnoses").isEqualTo(1);
        assertThat(vm.canUndo()).isTrue();

        vm.undo();
        assertThat(vm.statusProperty().get()).as(vm.messageProperty().get()).isEqualTo(WizardStatus.UNDONE);
        assertThat(vm.stepProperty().get()).isEqualTo(WizardStep.DONE);
        assertThat(changed.get()).isEqualTo(2);
    }

    @Test
    void aRefusedPlanSaysWhyAndOffersNothingToRun() {
        RemedyWizardViewModel vm = wizard(FixtureMachine.debian61WithSysbox(dir.resolve("debian")),
                RemedyId.PRECHECK_OVERRIDE, new AtomicInteger());
        vm.load();
        assertThat(vm.statusProperty().get()).isEqualTo(WizardStatus.REFUSED);
        assertThat(vm.messageProperty().get()).isNotBlank();
        assertThat(vm.canGoNext()).isFalse();
    }
}
