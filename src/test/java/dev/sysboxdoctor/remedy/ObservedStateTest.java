package dev.sysboxdoctor.remedy;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.SysboxMode;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ObservedStateTest {

    private static KernelObservation kernel(Optional<Boolean> overlayIdmap) {
        return new KernelObservation(Optional.empty(), Optional.of("6.6.87.2-1"), Optional.empty(),
                Optional.of("C:\\Users\\me\\.wslconfig"), overlayIdmap);
    }

    @Test
    void theKernelRowsKeepTheirNamesOrderAndWords() {
        ObservedState s = ObservedState.of("k", kernel(Optional.empty()))
                .withDiagnosis("k+d", new DiagnosisObservation(SysboxMode.ROOTFS_CLONING, CommitRisk.BROKEN));
        assertThat(s.rows()).containsExactly(
                entry("kernel", ""),
                entry("wslKernelPackage", "6.6.87.2-1"),
                entry("pinnedKernel", ""),
                entry("wslconfig", "C:\\Users\\me\\.wslconfig"),
                entry("overlayIdmap", "unknown"),
                entry("diagnosis.mode", "ROOTFS_CLONING"),
                entry("diagnosis.commitRisk", "BROKEN"));
        assertThat(s.summary()).isEqualTo("k+d");
    }

    @Test
    void anUnknownKernelIsNeitherYesNorNo() {
        ObservedState unknown = ObservedState.of("k", kernel(Optional.empty()));
        ObservedState old = ObservedState.of("k", kernel(Optional.of(false)));
        assertThat(unknown.overlayIdmap()).isEmpty();
        assertThat(old.overlayIdmap()).contains(false);
        assertThat(ContainerSafeguard.keepsChanges(unknown)).isFalse();
        assertThat(ContainerSafeguard.keepsChanges(ObservedState.of("k", kernel(Optional.of(true))))).isTrue();
    }

    @Test
    void thePrecheckRowsSayWhyTheJournalCouldNotTell() {
        PrecheckObservation p = new PrecheckObservation(Optional.of("5.15.0-91-generic"), true, "/usr/bin/sysbox-mgr", false,
                0, Optional.empty(), PrecheckRun.UNKNOWN, "no journal", SysboxMode.UNKNOWN);
        assertThat(ObservedState.of("p", p).rows()).containsExactly(
                entry("kernel", "5.15.0-91-generic"),
                entry("shiftfs", "loaded"),
                entry("execStart", "/usr/bin/sysbox-mgr"),
                entry("dropIn", "none"),
                entry("startBlocks", "0"),
                entry("lastStart", ""),
                entry("precheck", "unknown (no journal)"),
                entry("mode", "UNKNOWN"));
    }

    @Test
    void theDiagnosisDecidesBeforeTheJournalAndOnlyBrokenIsBroken() {
        PrecheckObservation p = new PrecheckObservation(Optional.empty(), true, "", true, 2, Optional.of("start"),
                PrecheckRun.SKIPPED, "", SysboxMode.SHIFTFS);
        ObservedState journalOnly = ObservedState.of("p", p);
        assertThat(ContainerSafeguard.keepsChanges(journalOnly)).isTrue();
        assertThat(Rediagnosis.notBroken(journalOnly)).as("no diagnosis to ask").isTrue();
        ObservedState cloning = journalOnly.withDiagnosis("p", new DiagnosisObservation(SysboxMode.ROOTFS_CLONING, CommitRisk.UNKNOWN));
        assertThat(ContainerSafeguard.keepsChanges(cloning)).isFalse();
        assertThat(Rediagnosis.notBroken(cloning)).isTrue();
        assertThat(Rediagnosis.notBroken(journalOnly.withDiagnosis("p",
                new DiagnosisObservation(SysboxMode.ROOTFS_CLONING, CommitRisk.BROKEN)))).isFalse();
    }

    @Test
    void nothingObservedHasNoRows() {
        ObservedState s = ObservedState.nothing("could not check");
        assertThat(s.rows()).isEmpty();
        assertThat(s.fact("kernel")).isEmpty();
        assertThat(s.commitRisk()).isEmpty();
        assertThat(new NetworkingObservation("NAT", "w").nat()).isTrue();
    }
}
