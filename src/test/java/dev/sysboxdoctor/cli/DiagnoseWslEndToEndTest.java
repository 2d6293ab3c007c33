package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diagnose --json} through the fake wsl.exe against fixture machine roots, as on Windows. */
class DiagnoseWslEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private FakeWsl scenario(String listVerbose) {
        return FakeWsl.create(dir.resolve("scenario")).answer("list-verbose", listVerbose)
                .answerFromSample("version", "version-en-4.txt", 0);
    }

    private Path root(String name) {
        return dir.resolve("roots").resolve(name);
    }

    private static JsonNode target(JsonNode root, String name) {
        for (JsonNode t : root.path("targets")) {
            if (t.path("name").asText().equals(name)) {
                return t;
            }
        }
        throw new AssertionError("no target " + name + " in " + root);
    }

    private static List<String> findingIds(JsonNode root, String target) {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            if (target == null ? f.path("target").isNull() : target.equals(f.path("target").asText())) {
                ids.add(f.path("id").asText());
            }
        }
        return ids;
    }

    @Test
    void severalDistrosOneBrokenOneSafeOneFailingDockerDesktopSkipped() throws Exception {
        FixtureMachine.wsl2Kernel515WithSysbox(root("ubuntu")).wslPackage("2.4.13").write();
        FixtureMachine.wsl2Kernel66WithSysbox(root("noble")).wslPackage("2.4.13").write();
        FixtureMachine.dockerDesktopDistro(root("dd")).write();
        FakeWsl wsl = scenario("""
                  NAME              STATE           VERSION
                * Ubuntu            Running         2
                  Noble             Stopped         2
                  Broken            Stopped         2
                  docker-desktop    Running         2
                """)
                .distro("Ubuntu", root("ubuntu")).distro("Noble", root("noble")).distro("docker-desktop", root("dd"))
                .failingDistro("Broken", "The service cannot be started because it is disabled or has no enabled devices associated with it.\nError code: Wsl/0x80070422\n", -1);
        Path cfg = Files.writeString(dir.resolve(".wslconfig"), "[wsl2]\nmemory=8GB\n");

        CliRun run = CliRun.of("diagnose", "--json", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(j.at("/host/kind").asText()).isEqualTo("WINDOWS");
        assertThat(j.at("/wsl/version").asText()).isEqualTo("2.4.13");
        assertThat(j.at("/wsl/distros")).hasSize(4);
        assertThat(j.at("/wsl/distros/0/name").asText()).isEqualTo("Ubuntu");
        assertThat(j.at("/wsl/distros/0/default").asBoolean()).isTrue();
        assertThat(j.at("/wsl/distros/3/dockerDesktop").asBoolean()).isTrue();
        assertThat(j.path("targets")).extracting(t -> t.path("name").asText()).containsExactly("Ubuntu", "Noble", "Broken");

        JsonNode ubuntu = target(j, "Ubuntu");
        assertThat(ubuntu.at("/kernel/release").asText()).isEqualTo("5.15.153.1-microsoft-standard-WSL2");
        assertThat(ubuntu.at("/kernel/shiftfs").asText()).isEqualTo("ABSENT");
        assertThat(ubuntu.at("/kernel/overlayIdmap").asBoolean()).isFalse();
        assertThat(ubuntu.at("/sysbox/installed").asBoolean()).isTrue();
        assertThat(ubuntu.at("/sysbox/version").asText()).isEqualTo("0.6.7");
        assertThat(ubuntu.at("/sysbox/mode").asText()).isEqualTo("ROOTFS_CLONING");
        assertThat(ubuntu.path("commitRisk").asText()).isEqualTo("BROKEN");
        assertThat(findingIds(j, "Ubuntu")).contains("commit-broken", "kernel-too-old-for-idmap");

        JsonNode noble = target(j, "Noble");
        assertThat(noble.at("/sysbox/mode").asText()).isEqualTo("IDMAPPED");
        assertThat(noble.path("commitRisk").asText()).isEqualTo("SAFE");

        JsonNode broken = target(j, "Broken");
        assertThat(broken.path("reachable").asBoolean()).isFalse();
        assertThat(broken.path("commitRisk").asText()).isEqualTo("UNKNOWN");
        assertThat(findingIds(j, "Broken")).contains("target-unreachable");
        assertThat(findingIds(j, null)).contains("docker-desktop-distros");
        for (JsonNode f : j.path("findings")) {
            if (f.path("id").asText().equals("commit-broken")) {
                assertThat(f.path("remedies")).extracting(JsonNode::asText)
                        .containsSubsequence("wsl-kernel-upgrade", "save-export-import", "save-snapshot");
                assertThat(f.path("evidence").toString()).contains("Overlayfs on ID-mapped mounts supported by kernel: no");
            }
        }
        // One -l -v, then one script per user distro; the version came from wslinfo inside a distro.
        assertThat(wsl.calls()).hasSize(4);
        assertThat(wsl.calls()).filteredOn(c -> c.contains("sh -s")).hasSize(3)
                .allMatch(c -> c.contains("-u root -e sh -s --"));
    }

    @Test
    void aHangingWslExeTimesOutAndSaysSo() throws Exception {
        FakeWsl wsl = scenario("  NAME STATE VERSION\n* Ubuntu Running 2\n").hang("list-verbose");
        long t0 = System.nanoTime();
        CliRun run = CliRun.of("diagnose", "--json", "--timeout", "2", "--wsl-exe", wsl.exe().toString(),
                "--wslconfig", dir.resolve("none").toString());
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(15_000);
        assertThat(run.exit()).isEqualTo(3);
        JsonNode j = JSON.readTree(run.out());
        assertThat(findingIds(j, null)).contains("wsl-timed-out");
        assertThat(run.out()).contains("timed out after 2 s");
    }

    @Test
    void aHangingDistroTimesOutWhileTheOthersAreDiagnosed() throws Exception {
        FixtureMachine.wsl2Kernel66WithSysbox(root("noble")).wslPackage("2.5.10").write();
        FixtureMachine.wsl2Kernel515WithSysbox(root("stuck")).write();
        FakeWsl wsl = scenario("  NAME STATE VERSION\n* Noble Running 2\n  Stuck Running 2\n")
                .distro("Noble", root("noble")).distro("Stuck", root("stuck")).hang("exec:Stuck");
        CliRun run = CliRun.of("diagnose", "--json", "--timeout", "10", "--wsl-exe", wsl.exe().toString(),
                "--wslconfig", dir.resolve("none").toString());
        JsonNode j = JSON.readTree(run.out());
        assertThat(run.exit()).isZero();
        assertThat(target(j, "Noble").path("commitRisk").asText()).isEqualTo("SAFE");
        assertThat(target(j, "Stuck").path("commitRisk").asText()).isEqualTo("UNKNOWN");
        assertThat(findingIds(j, "Stuck")).containsExactly("target-timed-out");
    }

    @Test
    void aZooOfDistrosKernelsFlagsAndAPinnedKernel() throws Exception {
        String dropIn = "[Service]\nExecStart=\nExecStart=/usr/bin/sysbox-mgr %s\n";
        FixtureMachine.at(root("k518")).wsl("5.18.10-microsoft-standard-WSL2").ubuntu("22.04").sysbox("0.6.7").write();
        FixtureMachine.at(root("k519")).wsl("5.19.0-microsoft-standard-WSL2").ubuntu("22.04").sysbox("0.6.7").write();
        FixtureMachine.wsl2Kernel66WithSysbox(root("noidmap")).mgrDropIn("10-flags.conf", dropIn.formatted("--disable-ovfs-on-idmapped-mount")).write();
        FixtureMachine.wsl2Kernel515WithSysbox(root("noclone")).mgrDropIn("10-flags.conf", dropIn.formatted("--disable-rootfs-cloning")).write();
        FixtureMachine.wsl2Kernel66WithSysbox(root("pending")).mgrDropIn("10-flags.conf", dropIn.formatted("--disable-idmapped-mount"))
                .runningMgr(List.of(FixtureMachine.VENDOR_MGR_EXEC)).journal(FixtureMachine.startBlock("0.6.7", "/var/lib/sysbox",
                        "Shiftfs module found in kernel: no", "ID-mapped mounts supported by kernel: yes",
                        "Overlayfs on ID-mapped mounts supported by kernel: yes")).write();
        FixtureMachine.wsl1(root("legacy")).write();
        FixtureMachine.wsl2Kernel515NoSysbox(root("plain")).write();
        FakeWsl wsl = scenario("""
                  NAME       STATE      VERSION
                * K518       Running    2
                  K519       Running    2
                  NoIdmap    Running    2
                  NoClone    Running    2
                  Pending    Running    2
                  Legacy     Stopped    1
                  Plain      Stopped    2
                """).distro("K518", root("k518")).distro("K519", root("k519")).distro("NoIdmap", root("noidmap"))
                .distro("NoClone", root("noclone")).distro("Pending", root("pending")).distro("Legacy", root("legacy"))
                .distro("Plain", root("plain"));
        Path cfg = Files.writeString(dir.resolve(".wslconfig"), "[wsl2]\r\nkernel=C:\\\\Users\\\\ann\\\\bzImage\r\n");

        CliRun run = CliRun.of("diagnose", "--json", "--wsl-exe", wsl.exe().toString(), "--wslconfig", cfg.toString());
        assertThat(run.exit()).isEqualTo(1);
        JsonNode j = JSON.readTree(run.out());
        record Expect(String name, String mode, String risk) {}
        for (Expect e : List.of(new Expect("K518", "ROOTFS_CLONING", "BROKEN"), new Expect("K519", "IDMAPPED", "SAFE"),
                new Expect("NoIdmap", "ROOTFS_CLONING", "BROKEN"), new Expect("NoClone", "UNKNOWN", "UNKNOWN"),
                new Expect("Pending", "ROOTFS_CLONING", "BROKEN"), new Expect("Legacy", "NOT_INSTALLED", "NOT_APPLICABLE"),
                new Expect("Plain", "NOT_INSTALLED", "NOT_APPLICABLE"))) {
            JsonNode t = target(j, e.name());
            assertThat(t.at("/sysbox/mode").asText()).as(e.name()).isEqualTo(e.mode());
            assertThat(t.path("commitRisk").asText()).as(e.name()).isEqualTo(e.risk());
        }
        assertThat(target(j, "K518").at("/kernel/overlayIdmap").asBoolean()).isFalse();
        assertThat(target(j, "K519").at("/kernel/overlayIdmap").asBoolean()).isTrue();
        assertThat(target(j, "NoIdmap").at("/sysbox/mgrFlags/0").asText()).isEqualTo("--disable-ovfs-on-idmapped-mount");
        assertThat(findingIds(j, "NoIdmap")).contains("idmap-disabled-by-flag", "commit-broken");
        assertThat(findingIds(j, "NoClone")).contains("rootfs-cloning-disabled", "commit-unknown");
        assertThat(findingIds(j, "Pending")).contains("sysbox-restart-pending", "commit-broken");
        assertThat(target(j, "Pending").at("/sysbox/mgrRunningFlags")).isEmpty();
        assertThat(findingIds(j, "Legacy")).contains("wsl1-distro");
        assertThat(target(j, "Legacy").at("/kernel/platform").asText()).isEqualTo("WSL1");
        assertThat(findingIds(j, "Plain")).contains("sysbox-not-installed");
        assertThat(findingIds(j, null)).contains("wsl-kernel-pinned");
        assertThat(j.at("/wslconfig/kernel").asText()).isEqualTo("C:\\Users\\ann\\bzImage");
        // pinned: --version ran alongside -l -v, so its kernel (the package's own) is reported
        assertThat(j.at("/wsl/version").asText()).isEqualTo("2.0.9.0");
        assertThat(j.at("/wsl/kernelVersion").asText()).isEqualTo("5.15.133.1-1");
        assertThat(wsl.calls()).hasSize(2 + 7);
    }

    @Test
    void inboxWslWithoutVersionUtf16AndCrCrLfFallsBackToStatus() throws Exception {
        FixtureMachine.at(root("old")).wsl("5.10.102.1-microsoft-standard-WSL2").ubuntu("20.04").sysbox("0.6.4").write();
        FakeWsl wsl = FakeWsl.create(dir.resolve("inbox")).ignoreWslUtf8()
                .answer("list-verbose", "  NAME      STATE           VERSION\n* Ubuntu    Running         2\n").eol("list-verbose", FakeWsl.Eol.CRCRLF)
                .answerFromSample("status", "status-en-1.txt", 0).eol("status", FakeWsl.Eol.CRCRLF)
                .distro("Ubuntu", root("old"));
        CliRun run = CliRun.of("diagnose", "--json", "--wsl-exe", wsl.exe().toString(), "--wslconfig", dir.resolve("none").toString());
        JsonNode j = JSON.readTree(run.out());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(j.at("/wsl/inbox").asBoolean()).isTrue();
        assertThat(j.at("/wsl/version").isNull()).isTrue();
        assertThat(j.at("/wsl/kernelVersion").asText()).isEqualTo("5.10.102.1");
        assertThat(j.at("/wsl/distros/0/name").asText()).isEqualTo("Ubuntu");
        assertThat(target(j, "Ubuntu").path("commitRisk").asText()).isEqualTo("BROKEN");
        assertThat(findingIds(j, null)).contains("wsl-inbox", "wsl-kernel-old");
        assertThat(wsl.calls()).containsExactly("--list --verbose", "-d Ubuntu -u root -e sh -s -- docker", "--version", "--status");
    }

    @Test
    void garbledOrFailingListsSayWhatCouldNotBeLearned() throws Exception {
        FakeWsl garbage = FakeWsl.create(dir.resolve("garbage")).answer("list-verbose", "\u0001\u0002 ?? \uFFFD\uFFFD\n  NAME\n* \n");
        CliRun g = CliRun.of("diagnose", "--json", "--wsl-exe", garbage.exe().toString(), "--wslconfig", dir.resolve("none").toString());
        assertThat(g.exit()).isEqualTo(3);
        assertThat(JSON.readTree(g.out()).path("findings").toString()).contains("could not read the distro list");

        FakeWsl disabled = FakeWsl.create(dir.resolve("disabled")).answerFromSample("list-verbose", "error-service-disabled-en-1.txt", -1);
        CliRun d = CliRun.of("diagnose", "--wsl-exe", disabled.exe().toString(), "--wslconfig", dir.resolve("none").toString());
        assertThat(d.exit()).isEqualTo(3);
        assertThat(d.out()).contains("Wsl/0x80070422").contains("The service cannot be started").doesNotContain("Exception");

        FakeWsl none = FakeWsl.create(dir.resolve("none-installed")).answerFromSample("list-verbose", "no-distros-en-1.txt", -1);
        CliRun n = CliRun.of("diagnose", "--json", "--wsl-exe", none.exe().toString(), "--wslconfig", dir.resolve("none").toString());
        assertThat(n.exit()).isZero();
        assertThat(findingIds(JSON.readTree(n.out()), null)).contains("wsl-no-distros");

        CliRun missing = CliRun.of("diagnose", "--wsl-exe", dir.resolve("no-such-wsl.exe").toString(), "--wslconfig", dir.resolve("none").toString());
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.out()).contains("could not run").doesNotContain("\tat ");
    }
}
