package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.ContainerFacts;
import dev.sysboxdoctor.inspect.DockerFacts;
import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.inspect.KernelFacts;
import dev.sysboxdoctor.inspect.KernelPlatform;
import dev.sysboxdoctor.inspect.KernelVersion;
import dev.sysboxdoctor.inspect.MachineFacts;
import dev.sysboxdoctor.inspect.MgrStartBlock;
import dev.sysboxdoctor.inspect.ShiftfsState;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.inspect.TargetKind;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.inspect.Vantage;
import dev.sysboxdoctor.inspect.WslConfigFacts;
import dev.sysboxdoctor.inspect.WslDistro;
import dev.sysboxdoctor.inspect.WslFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds machine facts for rule tests, as the inspector would report them. */
final class Facts {
    static final Instant JOURNAL_TIME = Instant.parse("2026-11-28T09:00:00Z");

    String release = "5.15.153.1-microsoft-standard-WSL2";
    KernelPlatform platform = KernelPlatform.WSL2;
    ShiftfsState shiftfs = ShiftfsState.ABSENT;
    Tri systemd = Tri.YES;
    Tri installed = Tri.YES;
    String sysboxVersion = "0.6.7";
    List<String> configured = List.of();
    List<String> running;
    Instant configChanged = Instant.parse("2026-01-01T00:00:00Z");
    List<String> journal;
    String journalText;
    java.time.ZoneOffset offset;
    Tri mgrRunning = Tri.YES;
    boolean dockerDesktop;
    String defaultRuntime = "runc";
    Tri reachable = Tri.YES;
    List<Gap> targetGaps = List.of();
    String wslConfigPin;
    boolean viaWslExe = true;
    boolean inbox;
    String wslKernel;
    List<ContainerFacts> containers;
    dev.sysboxdoctor.inspect.CloneFacts clones;

    static Facts wsl2(String release) {
        Facts f = new Facts();
        f.release = release;
        return f;
    }

    static Facts nativeLinux(String release) {
        Facts f = new Facts();
        f.release = release;
        f.platform = KernelPlatform.NATIVE;
        f.viaWslExe = false;
        return f;
    }

    Facts shiftfs(ShiftfsState s) {
        shiftfs = s;
        return this;
    }

    Facts noSysbox() {
        installed = Tri.NO;
        sysboxVersion = null;
        return this;
    }

    Facts sysboxVersion(String v) {
        sysboxVersion = v;
        return this;
    }

    /** Configured and running with these flags (restarted since the change). */
    Facts flags(String... f) {
        configured = List.of(f);
        running = List.of(f);
        return this;
    }

    Facts configuredOnly(String... f) {
        configured = List.of(f);
        configChanged = JOURNAL_TIME.plusSeconds(3600);
        return this;
    }

    /** The journal's last start block: these check lines inside a normal start. */
    Facts journal(String... checks) {
        List<String> lines = new ArrayList<>(List.of("Starting sysbox-mgr", "Version: " + sysboxVersion, "Sysbox data root: /var/lib/sysbox"));
        lines.addAll(List.of(checks));
        lines.add("Ready ...");
        journal = lines.stream().map(m -> "Nov 28 09:00:00 fixture sysbox-mgr[4242]: time=\"2026-11-28T09:00:00Z\" level=info msg=\"" + m + "\"").toList();
        return this;
    }

    /** A journal as pasted (real prefixes and logrus local times), read with this UTC offset. */
    Facts realJournal(String text, java.time.ZoneOffset utcOffset) {
        journalText = text;
        offset = utcOffset;
        return this;
    }

    Facts containers(ContainerFacts... c) {
        containers = List.of(c);
        return this;
    }

    Facts clones(dev.sysboxdoctor.inspect.CloneFacts c) {
        clones = c;
        return this;
    }

    Facts pin(String kernel) {
        wslConfigPin = kernel;
        return this;
    }

    MachineFacts build() {
        KernelVersion v = KernelVersion.parse(release).orElse(null);
        Tri overlayIdmap = platform == KernelPlatform.WSL1 ? Tri.NO : v == null ? Tri.UNKNOWN : Tri.of(v.atLeast(5, 19));
        KernelFacts k = new KernelFacts(release, v, platform, release == null ? null : "Linux version " + release, overlayIdmap,
                v == null ? "kernel version unknown" : "kernel " + v.major() + "." + v.minor() + (v.atLeast(5, 19) ? " >= 5.19" : " < 5.19"),
                shiftfs, shiftfs == ShiftfsState.LOADED ? "/proc/modules: shiftfs 32768 0 - Live" : null, systemd, List.of());
        MgrStartBlock block = journalText != null ? dev.sysboxdoctor.inspect.JournalParser.lastStart(journalText, offset)
                : journal == null ? null : dev.sysboxdoctor.inspect.JournalParser.lastStart(String.join("\n", journal));
        List<String> argv = new ArrayList<>(List.of("/usr/bin/sysbox-mgr"));
        argv.addAll(configured);
        SysboxFacts sb = installed == Tri.NO
                ? new SysboxFacts(Tri.NO, null, null, null, List.of(), List.of(), Tri.NO, List.of(), null, null, Tri.UNKNOWN, null, List.of())
                : new SysboxFacts(installed, sysboxVersion, "sysbox-runc --version", String.join(" ", argv),
                        List.of("/lib/systemd/system/sysbox-mgr.service"), configured, mgrRunning, running == null ? List.of() : running,
                        null, configChanged, Tri.NO, block, List.of(), null, clones);
        List<ContainerFacts> containers = this.containers != null ? this.containers : installed == Tri.YES
                ? List.of(new ContainerFacts("0123456789ab", "devbox", "ubuntu:24.04", "sysbox-runc", "running")) : List.of();
        DockerFacts d = new DockerFacts(Tri.YES, "docker CLI", "27.5.1", dockerDesktop, dockerDesktop ? "Docker Desktop" : "Ubuntu 22.04.5 LTS",
                installed == Tri.YES ? List.of("runc", "sysbox-runc") : List.of("runc"), defaultRuntime, "overlay2", containers, List.of());
        WslDistro distro = viaWslExe ? new WslDistro("Ubuntu", "Running", platform == KernelPlatform.WSL1 ? 1 : 2, true, false) : null;
        TargetFacts t = reachable == Tri.YES
                ? new TargetFacts(viaWslExe ? "Ubuntu" : "local", viaWslExe ? TargetKind.WSL_DISTRO : TargetKind.LOCAL, distro, Tri.YES, k, sb, d, targetGaps)
                : new TargetFacts("Ubuntu", TargetKind.WSL_DISTRO, distro, Tri.NO, KernelFacts.unknown(List.of()), SysboxFacts.unknown(List.of()),
                        DockerFacts.unreachable("docker CLI", Gap.of("docker", "not asked")), targetGaps);
        WslFacts wsl = viaWslExe ? new WslFacts(true, "wsl.exe", inbox ? null : "2.4.13", wslKernel, inbox, List.of(distro), List.of())
                : platform == KernelPlatform.WSL2 ? new WslFacts(true, null, "2.4.13", null, false, List.of(), List.of()) : null;
        WslConfigFacts cfg = viaWslExe ? new WslConfigFacts("C:\\Users\\ann\\.wslconfig", wslConfigPin != null, wslConfigPin,
                wslConfigPin == null ? null : "kernel=" + wslConfigPin, List.of()) : null;
        return new MachineFacts(Instant.parse("2026-11-29T03:00:00Z"), Duration.ofMillis(700),
                viaWslExe ? Vantage.WSL_EXE : Vantage.LOCAL, wsl, cfg, List.of(t), List.of());
    }
}
