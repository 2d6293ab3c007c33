package dev.sysboxdoctor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.FindingIds;
import dev.sysboxdoctor.diagnose.Severity;
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
    private static Finding finding(String id, Severity s) {
        return new Finding(id, s, "Ubuntu", id, "", List.of(), List.of(), List.of());
    }

    @Test
    void theWorstFindingOfACardDecidesItsState() {
        List<Finding> findings = List.of(finding(FindingIds.SYSBOX_CONTAINERS, Severity.INFO),
                finding(FindingIds.DOCKER_UNREACHABLE, Severity.WARNING), finding(FindingIds.COMMIT_BROKEN, Severity.ERROR));
        assertThat(CardsBuilder.stateFrom(CardKind.DOCKER, findings, CardState.OK)).isEqualTo(CardState.WARNING);
        assertThat(CardsBuilder.stateFrom(CardKind.SYSBOX, findings, CardState.OK)).isEqualTo(CardState.ERROR);
        assertThat(CardsBuilder.stateFrom(CardKind.KERNEL, findings, CardState.OK)).isEqualTo(CardState.OK);
    }

    @Test
    void aTimeoutIsFoundInTheFindingOrInTheGaps() {
        TargetFacts stuck = new TargetFacts("Stuck", TargetKind.WSL_DISTRO, null, Tri.NO, null, null, null,
                List.of(Gap.of("target", "wsl.exe -d Stuck: timed out after 3 s")));
        assertThat(CardsBuilder.timedOut(stuck, List.of())).contains("wsl.exe -d Stuck: timed out after 3 s");
        assertThat(CardsBuilder.timedOut(null, List.of(finding(FindingIds.TARGET_TIMED_OUT, Severity.WARNING)))).isPresent();
        assertThat(CardsBuilder.timedOut(null, List.of(finding(FindingIds.COMMIT_BROKEN, Severity.ERROR)))).isEmpty();
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
