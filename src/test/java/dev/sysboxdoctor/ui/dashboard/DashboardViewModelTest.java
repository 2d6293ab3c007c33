package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.report.FindingCatalogue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.ui.TestServices;
import dev.sysboxdoctor.ui.common.CurrentThreadTaskExecutor;
import dev.sysboxdoctor.ui.common.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard's view-model over the real inspector and fixture machines, run inline (no toolkit). */
class DashboardViewModelTest {
    @TempDir Path dir;

    private DashboardViewModel vm(FakeWsl wsl) {
        TestServices s = TestServices.windows(wsl.exe(), dir.resolve("none/.wslconfig"), dir.resolve("app"), Duration.ofSeconds(20));
        return new DashboardViewModel(s, new CurrentThreadTaskExecutor(), s::inspectOptions,
                I18n.forLanguage("en", Locale.ENGLISH), Clock.systemUTC());
    }

    private FakeWsl twoDistros() {
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/ubuntu")).wslPackage("2.4.13").write();
        FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("roots/noble")).wslPackage("2.4.13").write();
        return FakeWsl.create(dir.resolve("wsl"))
                .answer("list-verbose", "  NAME      STATE           VERSION\n  Noble     Running         2\n* Ubuntu    Running         2\n")
                .answerFromSample("version", "version-en-4.txt", 0)
                .distro("Ubuntu", dir.resolve("roots/ubuntu")).distro("Noble", dir.resolve("roots/noble"));
    }

    @Test
    void fillsInPieceByPieceThenShowsTheWorstTargetFirst() {
        DashboardViewModel vm = vm(twoDistros());
        List<String> headlines = new ArrayList<>();
        vm.verdictProperty().addListener((obs, o, v) -> headlines.add(v.headline()));
        assertThat(vm.verdictProperty().get().level()).isEqualTo(Verdict.Level.UNKNOWN);
        assertThat(vm.lastRunProperty().get()).isNull();

        vm.run();

        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(headlines.get(0)).isEqualTo("Inspecting this machine…");
        assertThat(headlines).as("while inspecting, the headline does not name a distro the progress line may not")
                .filteredOn(h -> h.startsWith("Inspecting")).containsOnly("Inspecting this machine…");
        assertThat(vm.targetNames()).containsExactlyInAnyOrder("Ubuntu", "Noble");
        assertThat(vm.selectedTargetProperty().get()).as("the broken target is shown first").isEqualTo("Ubuntu");
        assertThat(vm.verdictProperty().get().level()).isEqualTo(Verdict.Level.BROKEN);
        assertThat(vm.verdictProperty().get().headline()).isEqualTo("Committing Sysbox containers in Ubuntu produces broken images");
        assertThat(vm.verdictProperty().get().basis()).startsWith("Sysbox mode: rootfs cloning");
        assertThat(vm.cards()).extracting(StatusCard::kind).containsExactly(CardKind.WSL, CardKind.KERNEL, CardKind.SYSBOX, CardKind.DOCKER);
        assertThat(vm.cards().get(2).state()).isEqualTo(CardState.ERROR);
        assertThat(vm.findings()).isNotEmpty().isSortedAccordingTo((a, b) -> a.severity().compareTo(b.severity()));
        assertThat(vm.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(vm.lastRunProperty().get()).isNotNull();
        assertThat(vm.finalDiagnosisProperty().get().targets()).hasSize(2);

        vm.selectedTargetProperty().set("Noble");
        assertThat(vm.verdictProperty().get().level()).isEqualTo(Verdict.Level.SAFE);
        assertThat(vm.findings()).noneMatch(f -> "Ubuntu".equals(f.target()));
        assertThat(vm.cards().get(1).value()).isEqualTo("6.6.87.2-microsoft-standard-WSL2");
    }

    @Test
    void aReRunKeepsTheLastResultUntilTheNewOneIsComplete() {
        DashboardViewModel vm = vm(twoDistros());
        vm.run();
        String broken = vm.verdictProperty().get().headline();
        List<String> headlines = new ArrayList<>();
        List<String> findingTitles = new ArrayList<>();
        List<Freshness> states = new ArrayList<>();
        vm.verdictProperty().addListener((obs, o, v) -> headlines.add(v.headline()));
        vm.findings().addListener((javafx.collections.ListChangeListener<dev.sysboxdoctor.diagnose.Finding>) c ->
                vm.findings().forEach(f -> findingTitles.add(FindingCatalogue.english().title(f))));
        vm.freshnessProperty().addListener((obs, o, v) -> states.add(v));

        vm.run();

        assertThat(headlines).as("no pending or 'nothing to inspect' picture during a re-run").allMatch(broken::equals);
        assertThat(vm.verdictProperty().get().headline()).isEqualTo(broken);
        assertThat(findingTitles).noneMatch(title -> title.contains("Nothing to inspect"));
        assertThat(states).containsExactly(Freshness.REFRESHING, Freshness.CURRENT);
    }

    @Test
    void theFirstRunNeverSaysThereIsNothingToInspectBeforeTheDistrosAnswer() {
        DashboardViewModel vm = vm(twoDistros());
        List<String> findingTitles = new ArrayList<>();
        vm.findings().addListener((javafx.collections.ListChangeListener<dev.sysboxdoctor.diagnose.Finding>) c ->
                vm.findings().forEach(f -> findingTitles.add(FindingCatalogue.english().title(f))));
        List<String> headlines = new ArrayList<>();
        vm.verdictProperty().addListener((obs, o, v) -> headlines.add(v.headline()));
        vm.run();
        assertThat(findingTitles).noneMatch(title -> title.contains("Nothing to inspect"));
        assertThat(headlines).noneMatch(h -> h.startsWith("No Linux system"));
    }

    @Test
    void theLanguageCanChangeWithoutRunningAgain() {
        DashboardViewModel vm = vm(twoDistros());
        vm.run();
        vm.setI18n(I18n.forLanguage("zh-CN", Locale.ENGLISH));
        assertThat(vm.verdictProperty().get().headline()).isEqualTo("在 Ubuntu 中提交（commit）Sysbox 容器会生成损坏的镜像");
        assertThat(vm.cards().get(0).value()).isEqualTo("WSL 2.4.13");
    }

    @Test
    void aDistroThatDoesNotAnswerIsTimedOutOnItsCards() {
        FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("roots/stuck")).write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("wsl")).answer("list-verbose", "  NAME STATE VERSION\n* Stuck Running 2\n")
                .distro("Stuck", dir.resolve("roots/stuck")).hang("exec:Stuck");
        TestServices s = TestServices.windows(wsl.exe(), dir.resolve("none/.wslconfig"), dir.resolve("app"), Duration.ofSeconds(2));
        DashboardViewModel vm = new DashboardViewModel(s, new CurrentThreadTaskExecutor(), s::inspectOptions,
                I18n.forLanguage("en", Locale.ENGLISH), Clock.systemUTC());
        vm.run();
        assertThat(vm.verdictProperty().get().headline()).isEqualTo("Stuck did not answer in time");
        assertThat(vm.cards().subList(1, 4)).allSatisfy(c -> {
            assertThat(c.state()).isEqualTo(CardState.TIMED_OUT);
            assertThat(c.value()).isEqualTo("Timed out");
        });
    }
}
