package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.report.FindingCatalogue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.testbed.RealTexts;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rules over real journals: a start block's logrus time decides whether the journal still tells the mode. */
class RealJournalRulesTest {
    private final Diagnoser diagnoser = new Diagnoser();

    private TargetVerdict verdict(Facts f) {
        return diagnoser.diagnose(f.build()).targets().get(0);
    }

    @Test
    void aJournalOlderThanTheUnitChangeNoLongerDecides() {
        Facts f = Facts.wsl2("5.15.153.1-microsoft-standard-WSL2").sysboxVersion("0.6.6")
                .realJournal(RealTexts.JOURNAL_868_WSL, ZoneOffset.ofHours(1));
        f.mgrRunning = Tri.UNKNOWN; // a paste: whether it runs, and with which flags, is not known
        f.configured = java.util.List.of("--disable-rootfs-cloning");
        f.configChanged = Instant.parse("2024-11-13T13:30:00Z"); // 14:11:33 at +01:00 is 13:11:33 UTC: the change came after
        TargetVerdict v = verdict(f);
        assertThat(FindingCatalogue.english().basis(v.modeBasis())).startsWith("predicted");
        f.configChanged = Instant.parse("2024-11-13T13:00:00Z"); // before the start: the journal decides
        assertThat(FindingCatalogue.english().basis(verdict(f).modeBasis())).startsWith("sysbox-mgr's journal at 2024-11-13T13:11:33Z");
        assertThat(verdict(f).mode()).isEqualTo(SysboxMode.ROOTFS_CLONING);
    }

    @Test
    void theNewestBootDecidesTheVerdict() {
        TargetVerdict v = verdict(Facts.wsl2("6.6.87.2-microsoft-standard-WSL2").sysboxVersion("0.7.1")
                .realJournal(RealTexts.JOURNAL_TWO_BOOTS, ZoneOffset.UTC));
        assertThat(v.mode()).isEqualTo(SysboxMode.IDMAPPED);
        assertThat(v.commitRisk()).isEqualTo(CommitRisk.SAFE);
    }
}
