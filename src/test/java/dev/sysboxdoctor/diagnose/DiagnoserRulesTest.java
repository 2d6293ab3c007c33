package dev.sysboxdoctor.diagnose;

import static dev.sysboxdoctor.diagnose.CommitRisk.BROKEN;
import static dev.sysboxdoctor.diagnose.CommitRisk.NOT_APPLICABLE;
import static dev.sysboxdoctor.diagnose.CommitRisk.SAFE;
import static dev.sysboxdoctor.diagnose.SysboxMode.IDMAPPED;
import static dev.sysboxdoctor.diagnose.SysboxMode.NOT_INSTALLED;
import static dev.sysboxdoctor.diagnose.SysboxMode.ROOTFS_CLONING;
import static dev.sysboxdoctor.diagnose.SysboxMode.SHIFTFS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.inspect.Gap;
import dev.sysboxdoctor.inspect.KernelPlatform;
import dev.sysboxdoctor.inspect.ShiftfsState;
import dev.sysboxdoctor.inspect.Tri;
import dev.sysboxdoctor.report.FindingCatalogue;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules over every case issue 3 names: mode, commit risk, findings (with severity) and remedies. */
class DiagnoserRulesTest {
    private static final String OVFS_NO = "Overlayfs on ID-mapped mounts supported by kernel: no";
    private static final String OVFS_YES = "Overlayfs on ID-mapped mounts supported by kernel: yes";
    private static final String IDMAP_YES = "ID-mapped mounts supported by kernel: yes";

    /**
     * @param findings   "id:SEVERITY" that must be present
     * @param remedies   remedies of the commit-broken finding, in order (empty: no commit-broken finding)
     */
    record Case(String name, Facts facts, SysboxMode mode, CommitRisk risk, boolean error, List<String> findings, List<String> remedies) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("WSL2 5.15 with Sysbox (journal)", Facts.wsl2("5.15.153.1-microsoft-standard-WSL2")
                        .journal("Shiftfs module found in kernel: no", IDMAP_YES, OVFS_NO),
                        ROOTFS_CLONING, BROKEN, true, List.of("commit-broken:ERROR", "kernel-too-old-for-idmap:INFO", "sysbox-containers:INFO"),
                        List.of("wsl-kernel-upgrade", "save-export-import", "save-snapshot")),
                new Case("WSL2 5.10 with Sysbox (predicted, no journal)", Facts.wsl2("5.10.102.1-microsoft-standard-WSL2"),
                        ROOTFS_CLONING, BROKEN, true, List.of("commit-broken:ERROR"),
                        List.of("wsl-kernel-upgrade", "save-export-import", "save-snapshot")),
                new Case("WSL2 5.15 pinned in .wslconfig", pinned(),
                        ROOTFS_CLONING, BROKEN, true, List.of("commit-broken:ERROR", "wsl-kernel-pinned:WARNING"),
                        List.of("wsl-kernel-unpin", "save-export-import", "save-snapshot")),
                new Case("WSL2 6.6 with Sysbox", Facts.wsl2("6.6.87.2-microsoft-standard-WSL2").journal("Shiftfs module found in kernel: no", IDMAP_YES, OVFS_YES),
                        IDMAPPED, SAFE, false, List.of("commit-safe:OK"), List.of()),
                new Case("WSL1", wsl1(), NOT_INSTALLED, NOT_APPLICABLE, false, List.of("wsl1-distro:WARNING"), List.of()),
                new Case("Docker Desktop engine without Sysbox", dockerDesktop(), NOT_INSTALLED, NOT_APPLICABLE, false,
                        List.of("docker-desktop-engine:INFO", "sysbox-not-installed:INFO"), List.of()),
                new Case("Ubuntu 5.15 shiftfs loaded, precheck failed (#868)", Facts.nativeLinux("5.15.0-138-generic").shiftfs(ShiftfsState.LOADED)
                        .sysboxVersion("0.6.6").journal("Shiftfs module found in kernel: yes", "Shiftfs works properly: no",
                                "Shiftfs-on-overlayfs works properly: no", IDMAP_YES, OVFS_NO),
                        ROOTFS_CLONING, BROKEN, true,
                        List.of("commit-broken:ERROR", "shiftfs-precheck-failed:WARNING", "journal-overrides-prediction:INFO"),
                        List.of("precheck-override", "save-export-import", "save-snapshot")),
                new Case("Ubuntu 5.15 after the precheck override", Facts.nativeLinux("5.15.0-138-generic").shiftfs(ShiftfsState.LOADED)
                        .sysboxVersion("0.6.6").flags("--disable-shiftfs-precheck").journal("Shiftfs module found in kernel: yes", IDMAP_YES, OVFS_NO),
                        SHIFTFS, SAFE, false, List.of("commit-safe:OK", "shiftfs-precheck-overridden:INFO"), List.of()),
                new Case("Override in a drop-in, Sysbox not restarted", Facts.nativeLinux("5.15.0-138-generic").shiftfs(ShiftfsState.LOADED)
                        .sysboxVersion("0.6.6").journal("Shiftfs module found in kernel: yes", "Shiftfs works properly: no",
                                "Shiftfs-on-overlayfs works properly: no", IDMAP_YES, OVFS_NO).configuredOnly("--disable-shiftfs-precheck"),
                        SHIFTFS, BROKEN, true, List.of("sysbox-restart-pending:WARNING", "commit-broken:ERROR"),
                        List.of("sysbox-restart", "save-export-import", "save-snapshot")),
                new Case("native 5.18 without shiftfs", Facts.nativeLinux("5.18.19-051819-generic"),
                        ROOTFS_CLONING, BROKEN, true, List.of("commit-broken:ERROR", "kernel-too-old-for-idmap:INFO"),
                        List.of("save-export-import", "save-snapshot")),
                new Case("native 5.19 without shiftfs", Facts.nativeLinux("5.19.0-50-generic"),
                        IDMAPPED, SAFE, false, List.of("commit-safe:OK"), List.of()),
                new Case("--disable-shiftfs with shiftfs loaded on 5.15", Facts.nativeLinux("5.15.0-138-generic").shiftfs(ShiftfsState.LOADED)
                        .flags("--disable-shiftfs").journal("Use of shiftfs disabled.", IDMAP_YES, OVFS_NO),
                        ROOTFS_CLONING, BROKEN, true, List.of("commit-broken:ERROR", "shiftfs-disabled-by-flag:WARNING"),
                        List.of("save-export-import", "save-snapshot")),
                new Case("--disable-idmapped-mount on 6.1", Facts.nativeLinux("6.1.0-26-amd64").flags("--disable-idmapped-mount")
                        .journal("Shiftfs module found in kernel: no", "Use of ID-mapped mounts disabled.", OVFS_YES),
                        ROOTFS_CLONING, BROKEN, true, List.of("commit-broken:ERROR", "idmap-disabled-by-flag:WARNING"),
                        List.of("save-export-import", "save-snapshot")),
                new Case("--disable-ovfs-on-idmapped-mount on 6.1 (predicted)", Facts.nativeLinux("6.1.0-26-amd64").flags("--disable-ovfs-on-idmapped-mount"),
                        ROOTFS_CLONING, BROKEN, true, List.of("commit-broken:ERROR", "idmap-disabled-by-flag:WARNING"),
                        List.of("save-export-import", "save-snapshot")),
                new Case("--disable-rootfs-cloning on WSL2 5.15", Facts.wsl2("5.15.153.1-microsoft-standard-WSL2").flags("--disable-rootfs-cloning")
                        .journal("Shiftfs module found in kernel: no", IDMAP_YES, OVFS_NO, "Rootfs cloning disabled."),
                        SysboxMode.UNKNOWN, CommitRisk.UNKNOWN, false, List.of("commit-unknown:WARNING", "rootfs-cloning-disabled:INFO"), List.of()),
                new Case("no Sysbox on WSL2 5.15: says what would happen", Facts.wsl2("5.15.153.1-microsoft-standard-WSL2").noSysbox(),
                        NOT_INSTALLED, NOT_APPLICABLE, false, List.of("sysbox-not-installed:INFO"), List.of()),
                new Case("unparsable kernel: UNKNOWN, never a confident verdict", unparsable(),
                        SysboxMode.UNKNOWN, CommitRisk.UNKNOWN, false, List.of("commit-unknown:WARNING", "unlearned:INFO"), List.of()),
                new Case("a distro that did not answer", unreachable(), SysboxMode.UNKNOWN, CommitRisk.UNKNOWN, false,
                        List.of("target-unreachable:WARNING"), List.of()),
                // Commits work, but the clone (and the container's changes) still goes when Sysbox stops.
                new Case("Sysbox 0.5.4 on 5.15: old cloning keeps commits working", Facts.wsl2("5.15.90.1-microsoft-standard-WSL2").sysboxVersion("0.5.4"),
                        ROOTFS_CLONING, SAFE, true, List.of("commit-safe:OK", "container-changes-volatile:ERROR"), List.of()),
                new Case("inbox WSL with the 5.10 kernel", inbox(), ROOTFS_CLONING, BROKEN, true,
                        List.of("wsl-inbox:WARNING", "wsl-kernel-old:WARNING", "commit-broken:ERROR"),
                        List.of("wsl-kernel-upgrade", "save-export-import", "save-snapshot")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(Case c) {
        Diagnosis d = new Diagnoser().diagnose(c.facts().build());
        TargetVerdict v = d.targets().get(0);
        assertThat(v.mode()).as("mode").isEqualTo(c.mode());
        assertThat(v.commitRisk()).as("commit risk").isEqualTo(c.risk());
        assertThat(d.hasErrors()).as("has ERROR findings: %s", d.findings()).isEqualTo(c.error());
        assertThat(d.findings()).extracting(f -> f.id() + ":" + f.severity()).containsAll(c.findings());
        List<Finding> broken = d.findings().stream().filter(f -> f.id().equals(FindingIds.COMMIT_BROKEN)).toList();
        if (c.remedies().isEmpty()) {
            assertThat(broken).isEmpty();
        } else {
            assertThat(broken).hasSize(1);
            assertThat(broken.get(0).remedies()).extracting(RemedyId::key).containsExactlyElementsOf(c.remedies());
            assertThat(broken.get(0).evidence()).isNotEmpty();
            assertThat(broken.get(0).docLinks()).isNotEmpty();
        }
        // Findings come worst first and every one explains itself.
        assertThat(d.findings()).isSortedAccordingTo(java.util.Comparator.comparing(Finding::severity));
        FindingCatalogue en = FindingCatalogue.english();
        assertThat(d.findings()).allSatisfy(f -> assertThat(en.title(f)).isNotBlank().doesNotContain("{"))
                .allSatisfy(f -> assertThat(en.detail(f)).isNotBlank().doesNotContain("{"));
    }

    private static Facts pinned() {
        Facts f = Facts.wsl2("5.15.90.1-microsoft-standard-WSL2").journal("Shiftfs module found in kernel: no", IDMAP_YES, OVFS_NO);
        return f.pin("C:\\temp\\bzImage-5.15");
    }

    private static Facts wsl1() {
        Facts f = Facts.wsl2("4.4.0-19041-Microsoft").noSysbox();
        f.platform = KernelPlatform.WSL1;
        f.systemd = Tri.NO;
        return f;
    }

    private static Facts dockerDesktop() {
        Facts f = Facts.wsl2("6.6.87.2-microsoft-standard-WSL2").noSysbox();
        f.dockerDesktop = true;
        return f;
    }

    private static Facts unparsable() {
        Facts f = Facts.wsl2(null);
        f.platform = KernelPlatform.UNKNOWN;
        f.shiftfs = ShiftfsState.UNKNOWN;
        f.targetGaps = List.of(Gap.of("kernel.release", "could not read the kernel release", "uname (exit 0): \u0000\u0001garbage"));
        return f;
    }

    private static Facts unreachable() {
        Facts f = Facts.wsl2("5.15.153.1-microsoft-standard-WSL2");
        f.reachable = Tri.NO;
        f.targetGaps = List.of(Gap.of("target", "the distro did not run the fact script (wsl.exe exit 255): Wsl/0x80070422",
                "The service cannot be started because it is disabled or has no enabled devices associated with it."));
        return f;
    }

    private static Facts inbox() {
        Facts f = Facts.wsl2("5.10.102.1-microsoft-standard-WSL2");
        f.inbox = true;
        f.wslKernel = "5.10.102.1";
        return f;
    }
}
