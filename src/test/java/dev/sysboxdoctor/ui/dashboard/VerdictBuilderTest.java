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
                .isEqualTo("Committing Sysbox containers on this machine produces broken images");
        assertThat(en.build("Ubuntu-22.04", verdict("Ubuntu-22.04", TargetKind.WSL_DISTRO, CommitRisk.BROKEN), List.of(), false).headline())
                .isEqualTo("Committing Sysbox containers in Ubuntu-22.04 produces broken images");
        VerdictBuilder zh = new VerdictBuilder(I18n.forLanguage("zh-CN", Locale.ENGLISH));
        assertThat(zh.build("local", verdict("local", TargetKind.LOCAL, CommitRisk.SAFE), List.of(), false).headline())
                .contains("本机中").doesNotContain("local").doesNotContain("本机 ");
        assertThat(zh.build("local", verdict("local", TargetKind.LOCAL, CommitRisk.BROKEN), List.of(), false).basis())
                .as("the basis in Chinese, with the journal's time").contains("日志", "2026-11-28T09:00:00Z").doesNotContain("journal");
        assertThat(en.build("local", verdict("local", TargetKind.LOCAL, CommitRisk.BROKEN), List.of(), false).basis())
                .contains("sysbox-mgr's journal at 2026-11-28T09:00:00Z: no ID-mapped overlay and no usable shiftfs, so rootfs cloning");
    }

    @Test
    void anEngineWithSysboxBesideAMachineWithoutItIsSaidPlainly() {
        SysboxFacts none = new SysboxFacts(Tri.NO, null, null, null, List.of(), List.of(), Tri.NO, List.of(), null, null,
                Tri.UNKNOWN, null, List.of());
        DockerFacts engine = new DockerFacts(Tri.YES, "tcp://10.0.0.5:2375", "27.1.1", false, "Ubuntu 24.04",
                List.of("runc", "sysbox-runc"), "runc", "overlay2", List.of(), List.of());
        TargetFacts facts = new TargetFacts("local", TargetKind.LOCAL, null, Tri.YES, KernelFacts.unknown(List.of()), none,
                engine, List.of());
        TargetVerdict v = new TargetVerdict("local", facts, SysboxMode.NOT_INSTALLED, SysboxMode.ROOTFS_CLONING,
                ModeBasis.of(BasisKind.NOT_INSTALLED), CommitRisk.NOT_APPLICABLE);
        Verdict shown = new VerdictBuilder(I18n.forLanguage("en", Locale.ENGLISH)).build("local", v, List.of(), false);
        assertThat(shown.headline()).isEqualTo("Sysbox is not installed on this machine: nothing to break");
        assertThat(shown.basis()).contains("The Docker Engine that answered (tcp://10.0.0.5:2375) has Sysbox, so it runs on "
                + "another machine than the one inspected");
    }
}
