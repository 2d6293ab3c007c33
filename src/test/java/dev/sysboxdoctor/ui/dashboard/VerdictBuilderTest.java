package dev.sysboxdoctor.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.DockerFacts;
import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.inspect.KernelFacts;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.ui.common.I18n;
import dev.sysboxdoctor.diagnose.BasisKind;
import dev.sysboxdoctor.diagnose.ModeBasis;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The verdict names a distro by its name and the local machine as "this machine", never "local". */
class VerdictBuilderTest {
    private static TargetVerdict verdict(String name, TargetKind kind, CommitRisk risk) {
        TargetFacts facts = new TargetFacts(name, kind, null, Tri.YES, KernelFacts.unknown(List.of()), SysboxFacts.unknown(List.of()),
                DockerFacts.unreachable(null, Gap.of("docker", "not asked")), List.of());
        return new TargetVerdict(name, facts, SysboxMode.ROOTFS_CLONING, SysboxMode.ROOTFS_CLONING,
                new ModeBasis(BasisKind.JOURNAL_CLONING, Instant.parse("2026-11-28T09:00:00Z")), risk);
    }

    @Test
    void localTargetIsThisMachineDistroKeepsItsName() {
        VerdictBuilder en = new VerdictBuilder(I18n.forLanguage("en", Locale.ENGLISH));
        assertThat(en.build("local", verdict("local", TargetKind.LOCAL, CommitRisk.BROKEN), List.of(), false).headline())
                .isEqualTo("Committing Sysbox containers in this machine produces broken images");
        assertThat(en.build("Ubuntu-22.04", verdict("Ubuntu-22.04", TargetKind.WSL_DISTRO, CommitRisk.BROKEN), List.of(), false).headline())
                .isEqualTo("Committing Sysbox containers in Ubuntu-22.04 produces broken images");
        VerdictBuilder zh = new VerdictBuilder(I18n.forLanguage("zh-CN", Locale.ENGLISH));
        assertThat(zh.build("local", verdict("local", TargetKind.LOCAL, CommitRisk.SAFE), List.of(), false).headline())
                .contains("本机").doesNotContain("local");
        assertThat(zh.build("local", verdict("local", TargetKind.LOCAL, CommitRisk.BROKEN), List.of(), false).basis())
                .as("the basis in Chinese, with the journal's time").contains("日志", "2026-11-28T09:00:00Z").doesNotContain("journal");
        assertThat(en.build("local", verdict("local", TargetKind.LOCAL, CommitRisk.BROKEN), List.of(), false).basis())
                .contains("sysbox-mgr's journal at 2026-11-28T09:00:00Z: no ID-mapped overlay and no usable shiftfs, so rootfs cloning");
    }
}
