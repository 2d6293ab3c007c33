package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

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
}
