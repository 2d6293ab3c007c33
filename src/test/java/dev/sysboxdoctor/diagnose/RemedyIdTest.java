package dev.sysboxdoctor.diagnose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RemedyIdTest {
    @Test
    void everyKeyIsUniqueAndParsesBackToItsRemedy() {
        assertThat(Arrays.stream(RemedyId.values()).map(RemedyId::key)).doesNotHaveDuplicates();
        for (RemedyId id : RemedyId.values()) {
            assertThat(RemedyId.parse(id.key())).contains(id);
        }
        assertThat(RemedyId.parse("no-such-remedy")).isEmpty();
    }

    @Test
    void theKeysFindingsAndJsonHaveAlwaysUsed() {
        assertThat(Arrays.stream(RemedyId.values()).map(RemedyId::key)).containsExactly("wsl-kernel-upgrade",
                "wsl-kernel-unpin", "precheck-override", "wsl-networking-nat", "sysbox-restart", "save-export-import",
                "save-snapshot", "save-all");
        assertThat(Arrays.stream(RemedyId.values()).filter(RemedyId::hasFixPlan)).containsExactly(
                RemedyId.WSL_KERNEL_UPGRADE, RemedyId.WSL_KERNEL_UNPIN, RemedyId.PRECHECK_OVERRIDE, RemedyId.WSL_NETWORKING_NAT);
    }
}
