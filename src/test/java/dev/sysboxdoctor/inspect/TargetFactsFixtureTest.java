package dev.sysboxdoctor.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslTarget;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batched fact script, run through the fake wsl.exe against each fixture machine, parsed into facts. */
class TargetFactsFixtureTest {
    @TempDir Path dir;
    private final CommandRunner runner = new CommandRunner();

    private TargetFacts inspect(FixtureMachine m) throws Exception {
        m.write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("scenario")).distro("D", m.root());
        WslCli cli = new WslCli(runner, wsl.exe().toString(), Duration.ofSeconds(20));
        WslDistro d = new WslDistro("D", "Running", 2, true, false);
        TargetInspector.ScriptRun run = TargetInspector.runScript(new WslTarget(cli, "D"), true, Duration.ofSeconds(30));
        assertThat(wsl.calls()).hasSize(1);
        return TargetInspector.facts("D", TargetKind.WSL_DISTRO, d, run, DockerCliParser.parse("docker CLI in D", run.sections()));
    }

    @Test
    void wsl2Kernel515WithSysbox() throws Exception {
        TargetFacts t = inspect(FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("root")));
        assertThat(t.reachable()).isEqualTo(Tri.YES);
        assertThat(t.kernel().release()).isEqualTo("5.15.153.1-microsoft-standard-WSL2");
        assertThat(t.kernel().version()).isEqualTo(new KernelVersion(5, 15, 153));
        assertThat(t.kernel().platform()).isEqualTo(KernelPlatform.WSL2);
        assertThat(t.kernel().overlayIdmap()).isEqualTo(Tri.NO);
        assertThat(t.kernel().shiftfs()).isEqualTo(ShiftfsState.ABSENT);
        assertThat(t.kernel().systemd()).isEqualTo(Tri.YES);
        SysboxFacts s = t.sysbox();
        assertThat(s.installed()).isEqualTo(Tri.YES);
        assertThat(s.version()).isEqualTo("0.6.7");
        assertThat(s.versionSource()).isEqualTo("sysbox-runc --version");
        assertThat(s.execStart()).isEqualTo("/usr/bin/sysbox-mgr");
        assertThat(s.configuredFlags()).isEmpty();
        assertThat(s.mgrRunning()).isEqualTo(Tri.YES);
        assertThat(s.runningFlags()).isEmpty();
        assertThat(s.unitFiles()).containsExactly("/lib/systemd/system/sysbox-mgr.service");
        assertThat(s.configChangedAt()).isNotNull();
        MgrStartBlock b = s.lastStart();
        assertThat(b.startedAt()).isEqualTo(java.time.Instant.parse("2026-11-28T09:00:00Z"));
        assertThat(b.version()).isEqualTo("0.6.7");
        assertThat(b.shiftfsModuleFound()).isEqualTo(Tri.NO);
        assertThat(b.overlayfsOnIdmapSupported()).isEqualTo(Tri.NO);
        assertThat(b.idmappedMountSupported()).isEqualTo(Tri.YES);
        assertThat(b.lineContaining("Overlayfs on ID-mapped")).endsWith("msg=\"Overlayfs on ID-mapped mounts supported by kernel: no\"");
    }

    @Test
    void ubuntuShiftfsLoadedPrecheckFailsThenOverride() throws Exception {
        TargetFacts t = inspect(FixtureMachine.ubuntu515ShiftfsPrecheckFails(dir.resolve("a")));
        assertThat(t.kernel().platform()).isEqualTo(KernelPlatform.NATIVE);
        assertThat(t.kernel().shiftfs()).isEqualTo(ShiftfsState.LOADED);
        assertThat(t.sysbox().version()).isEqualTo("0.6.6");
        assertThat(t.sysbox().lastStart().shiftfsWorks()).isEqualTo(Tri.NO);

        TargetFacts o = inspect(FixtureMachine.ubuntu515ShiftfsOverride(dir.resolve("b")));
        assertThat(o.sysbox().configuredFlags()).containsExactly("--disable-shiftfs-precheck");
        assertThat(o.sysbox().runningFlags()).containsExactly("--disable-shiftfs-precheck");
        assertThat(o.sysbox().unitFiles()).containsExactly("/lib/systemd/system/sysbox-mgr.service",
                "/etc/systemd/system/sysbox-mgr.service.d/50-sysbox-doctor.conf");
        assertThat(o.sysbox().lastStart().shiftfsWorks()).isEqualTo(Tri.UNKNOWN);
        assertThat(o.sysbox().lastStart().shiftfsModuleFound()).isEqualTo(Tri.YES);
    }

    @Test
    void shiftfsAvailableButNotLoadedIsNotLoadedByTheInspection() throws Exception {
        FixtureMachine m = FixtureMachine.at(dir.resolve("r")).kernel("5.15.0-138-generic").ubuntu("22.04")
                .shiftfs(FixtureMachine.Shiftfs.AVAILABLE).sysbox("0.6.7");
        TargetFacts t = inspect(m);
        assertThat(t.kernel().shiftfs()).isEqualTo(ShiftfsState.AVAILABLE);
        assertThat(Files.readString(m.root().resolve("proc/modules"))).doesNotContain("shiftfs");
    }

    @Test
    void wsl1DockerDesktopAndNoSysbox() throws Exception {
        TargetFacts w1 = inspect(FixtureMachine.wsl1(dir.resolve("w1")));
        assertThat(w1.kernel().platform()).isEqualTo(KernelPlatform.WSL1);
        assertThat(w1.kernel().systemd()).isEqualTo(Tri.NO);
        assertThat(w1.sysbox().installed()).isEqualTo(Tri.NO);

        TargetFacts dd = inspect(FixtureMachine.dockerDesktopDistro(dir.resolve("dd")));
        assertThat(dd.kernel().overlayIdmap()).isEqualTo(Tri.YES);
        assertThat(dd.sysbox().installed()).isEqualTo(Tri.NO);

        TargetFacts none = inspect(FixtureMachine.wsl2Kernel515NoSysbox(dir.resolve("n")));
        assertThat(none.sysbox().installed()).isEqualTo(Tri.NO);
        assertThat(none.sysbox().lastStart()).isNull();
    }

    @Test
    void kernelConfigCanVetoOverlayIdmapAndMissingJournalIsAGap() throws Exception {
        FixtureMachine m = FixtureMachine.at(dir.resolve("c")).kernel("6.1.0-26-amd64").sysbox("0.6.7")
                .kernelConfig(Map.of("CONFIG_USER_NS", "y", "# CONFIG_OVERLAY_FS is not set\n#", "")).noJournal();
        TargetFacts t = inspect(m);
        assertThat(t.kernel().overlayIdmap()).isEqualTo(Tri.NO);
        assertThat(t.kernel().overlayIdmapBasis()).contains("CONFIG_OVERLAY_FS is not set");
        assertThat(t.sysbox().lastStart()).isNull();
        assertThat(t.sysbox().gaps()).extracting(Gap::subject).contains("sysbox.journal");
    }

    @Test
    void aFailingDistroSaysWhyWithTheErrorCode() throws Exception {
        FakeWsl wsl = FakeWsl.create(dir.resolve("s")).failingDistro("X", "There is no distribution with the supplied name.\nError code: Wsl/Service/WSL_E_DISTRO_NOT_FOUND\n", -1);
        WslCli cli = new WslCli(runner, wsl.exe().toString(), Duration.ofSeconds(20));
        TargetInspector.ScriptRun run = TargetInspector.runScript(new WslTarget(cli, "X"), true, Duration.ofSeconds(20));
        TargetFacts t = TargetInspector.facts("X", TargetKind.WSL_DISTRO, null, run, DockerFacts.unreachable(null, Gap.of("docker", "not asked")));
        assertThat(t.reachable()).isEqualTo(Tri.NO);
        assertThat(t.gaps().get(0).reason()).contains("exit 255").contains("Wsl/Service/WSL_E_DISTRO_NOT_FOUND");
        assertThat(t.gaps().get(0).evidence()).contains("There is no distribution with the supplied name.");
    }

    @Test
    void namesAreArgvElementsNeverShellText() throws Exception {
        String evil = "x; touch pwned #";
        FixtureMachine.wsl2Kernel66WithSysbox(dir.resolve("e")).write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("s2")).distro(evil, dir.resolve("e"));
        WslCli cli = new WslCli(runner, wsl.exe().toString(), Duration.ofSeconds(20));
        TargetInspector.ScriptRun run = TargetInspector.runScript(new WslTarget(cli, evil), true, Duration.ofSeconds(20));
        assertThat(run.failure()).isNull();
        assertThat(run.sections()).containsKey("journal");
        assertThat(wsl.calls()).containsExactly("-d " + evil + " -u root -e sh -s -- docker");
        assertThat(Files.exists(Path.of("pwned"))).isFalse();
        assertThat(List.of(dir.toFile().list())).doesNotContain("pwned");
    }
}
