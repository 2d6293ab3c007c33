package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrategyPlanTest {
    @Test
    void rootfsCloningNeverStartsWithCommit() {
        assertThat(StrategyPlan.forMode("ROOTFS_CLONING", true)).containsExactly(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT);
        assertThat(StrategyPlan.forMode("rootfs_cloning", true)).first().isEqualTo(Strategy.EXPORT_IMPORT);
    }

    @Test
    void workingShiftModesCommitFirst() {
        assertThat(StrategyPlan.forMode("IDMAPPED", true)).first().isEqualTo(Strategy.COMMIT);
        assertThat(StrategyPlan.forMode("SHIFTFS", true)).first().isEqualTo(Strategy.COMMIT);
    }

    @Test
    void unknownModeStartsWithTheModeIndependentMethod() {
        assertThat(StrategyPlan.forMode((String) null, true)).containsExactly(Strategy.EXPORT_IMPORT, Strategy.SNAPSHOT, Strategy.COMMIT);
        assertThat(StrategyPlan.forMode("UNKNOWN", true)).first().isEqualTo(Strategy.EXPORT_IMPORT);
        assertThat(StrategyPlan.forMode(dev.sysboxdoctor.diagnose.SysboxMode.NOT_INSTALLED, true)).first().isEqualTo(Strategy.EXPORT_IMPORT);
        assertThat(StrategyPlan.forMode(dev.sysboxdoctor.diagnose.SysboxMode.SHIFTFS, true)).first().isEqualTo(Strategy.COMMIT);
    }

    @Test
    void runcContainersCommitWhateverTheMode() {
        assertThat(StrategyPlan.forMode("ROOTFS_CLONING", false)).first().isEqualTo(Strategy.COMMIT);
        assertThat(StrategyPlan.attempts(Strategy.SNAPSHOT, "ROOTFS_CLONING", true)).containsExactly(Strategy.SNAPSHOT);
    }
}
