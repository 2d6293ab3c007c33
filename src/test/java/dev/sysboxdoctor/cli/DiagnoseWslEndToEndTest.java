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
        CliRun run = CliRun.of("diagnose", "--json", "--timeout", "3", "--wsl-exe", wsl.exe().toString(),
                "--wslconfig", dir.resolve("none").toString());
        JsonNode j = JSON.readTree(run.out());
        assertThat(run.exit()).isZero();
        assertThat(target(j, "Noble").path("commitRisk").asText()).isEqualTo("SAFE");
        assertThat(target(j, "Stuck").path("commitRisk").asText()).isEqualTo("UNKNOWN");
        assertThat(findingIds(j, "Stuck")).containsExactly("target-timed-out");
    }
}
