package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sysboxdoctor.diagnose.SysboxMode;
import org.junit.jupiter.api.Test;

class StrategyPlanTest {
    @Test
    void rootfsCloningNeverStartsWithCommit() {
        assertThat(StrategyPlan.forMode(SysboxMode.ROOTFS_CLONING, true)).containsExactly(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT);
    }

    @Test
    void workingShiftModesCommitFirst() {
        assertThat(StrategyPlan.forMode(SysboxMode.IDMAPPED, true)).first().isEqualTo(Strategy.COMMIT);
        assertThat(StrategyPlan.forMode(SysboxMode.SHIFTFS, true)).first().isEqualTo(Strategy.COMMIT);
    }

    @Test
    void unknownModeStartsWithTheModeIndependentMethod() {
        assertThat(StrategyPlan.forMode(null, true)).containsExactly(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT, Strategy.COMMIT);
        assertThat(StrategyPlan.forMode(SysboxMode.UNKNOWN, true)).first().isEqualTo(Strategy.EXPORT_IMPORT);
        assertThat(StrategyPlan.forMode(SysboxMode.NOT_INSTALLED, true)).first().isEqualTo(Strategy.EXPORT_IMPORT);
        assertThat(StrategyPlan.forMode(SysboxMode.SHIFTFS, true)).first().isEqualTo(Strategy.COMMIT);
    }

    @Test
    void runcContainersCommitWhateverTheMode() {
        assertThat(StrategyPlan.forMode(SysboxMode.ROOTFS_CLONING, false)).first().isEqualTo(Strategy.COMMIT);
        assertThat(StrategyPlan.attempts(Strategy.SNAPSHOT, SysboxMode.ROOTFS_CLONING, true)).containsExactly(Strategy.SNAPSHOT);
    }

    @Test
    void aStoppedContainerIsNotSnapshottedByTheAutomaticPlanButKeepsTheOrder() {
        assertThat(StrategyPlan.attempts(Strategy.AUTO, SysboxMode.UNKNOWN, true, false)).containsExactly(Strategy.EXPORT_IMPORT, Strategy.COMMIT);
        assertThat(StrategyPlan.attempts(Strategy.AUTO, SysboxMode.UNKNOWN, true, true))
                .containsExactly(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT, Strategy.COMMIT);
        assertThat(StrategyPlan.attempts(Strategy.SNAPSHOT, SysboxMode.UNKNOWN, true, false)).containsExactly(Strategy.SNAPSHOT);
    }

    @Test
    void eachStrategyCarriesWhatItNeedsAndAutoBuildsNothing() {
        SaveRequest pausing = SaveRequest.of("box", "app:v1", Strategy.COMMIT);
        assertThat(Strategy.COMMIT.pausesContainer(pausing, true)).isEqualTo(pausing.pause());
        assertThat(Strategy.COMMIT.pausesContainer(pausing, false)).isFalse();
        assertThat(Strategy.EXPORT_IMPORT.pausesContainer(pausing, true)).isFalse();
        assertThat(Strategy.SNAPSHOT.readsInsideToBuild()).isTrue();
        assertThat(Strategy.EXPORT_IMPORT.readsInsideToBuild()).isFalse();
        assertThatThrownBy(() -> Strategy.AUTO.build(null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("plan");
    }
}
