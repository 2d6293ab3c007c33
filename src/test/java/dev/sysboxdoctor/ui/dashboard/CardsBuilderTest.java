package dev.sysboxdoctor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.Arg;
import dev.sysboxdoctor.diagnose.FindingKind;
import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.ui.common.I18n;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Pure card rules: which findings colour which card, timeouts, pending vs unknown. */
class CardsBuilderTest {
    private static Finding finding(FindingKind kind) {
        Finding.Builder b = Finding.of(kind, "Ubuntu");
        kind.args().forEach(a -> b.with(a, null));
        return b.build();
    }

    @Test
    void theWorstFindingOfACardDecidesItsState() {
        List<Finding> findings = List.of(finding(FindingKind.SYSBOX_CONTAINERS),
                finding(FindingKind.DOCKER_DESKTOP_ENGINE_WITH_SYSBOX), finding(FindingKind.COMMIT_BROKEN));
        assertThat(CardsBuilder.stateFrom(CardKind.DOCKER, findings, CardState.OK)).isEqualTo(CardState.WARNING);
        assertThat(CardsBuilder.stateFrom(CardKind.SYSBOX, findings, CardState.OK)).isEqualTo(CardState.ERROR);
        assertThat(CardsBuilder.stateFrom(CardKind.KERNEL, findings, CardState.OK)).isEqualTo(CardState.OK);
    }

    @Test
    void aTimeoutIsFoundInTheFindingOrInTheGaps() {
        TargetFacts stuck = new TargetFacts("Stuck", TargetKind.WSL_DISTRO, null, Tri.NO, null, null, null,
                List.of(Gap.timeout("target", "wsl.exe -d Stuck: timed out after 3 s")));
        TargetFacts broken = new TargetFacts("Broken", TargetKind.WSL_DISTRO, null, Tri.NO, null, null, null,
                List.of(Gap.of("target", "wsl.exe -d Broken: exit 1, the words timed out in its output")));
        assertThat(CardsBuilder.timedOut(stuck, List.of())).isTrue();
        assertThat(CardsBuilder.timedOut(broken, List.of())).as("a timeout is data, not words").isFalse();
        assertThat(CardsBuilder.timedOut(null, List.of(finding(FindingKind.TARGET_TIMED_OUT_DISTRO)))).isTrue();
        assertThat(CardsBuilder.timedOut(null, List.of(finding(FindingKind.COMMIT_BROKEN)))).isFalse();
        CardsBuilder zh = new CardsBuilder(I18n.forLanguage("zh-CN", Locale.ENGLISH));
        StatusCard kernel = zh.build(null, true, null, null, List.of(Finding.of(FindingKind.TARGET_TIMED_OUT_DISTRO, "Stuck")
                .with(Arg.REASON, "timed out after 3 s").build()), false).get(1);
        assertThat(kernel.state()).isEqualTo(CardState.TIMED_OUT);
        assertThat(kernel.detail()).isEqualTo("检查 WSL 发行版 Stuck 超时");
    }

    @Test
    void whileRunningMissingFactsArePendingAfterwardsUnknown() {
        CardsBuilder b = new CardsBuilder(I18n.forLanguage("en", Locale.ENGLISH));
        assertThat(b.build(null, true, null, null, List.of(), true)).extracting(StatusCard::state)
                .containsOnly(CardState.PENDING);
        assertThat(b.build(null, true, null, null, List.of(), false)).extracting(StatusCard::state)
                .containsOnly(CardState.UNKNOWN);
        assertThat(b.build(null, false, null, null, List.of(), false).get(0).state()).isEqualTo(CardState.NOT_APPLICABLE);
    }
}
