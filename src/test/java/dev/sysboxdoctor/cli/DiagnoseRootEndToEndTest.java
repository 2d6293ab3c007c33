package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sysbox-doctor diagnose --root DIR} as a separate process, as a user runs it: files come
 * from the fixture root, commands from PATH (the fixture's fake commands first), Docker from the
 * real test-bed engine.
 */
class DiagnoseRootEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir Path dir;

    private CommandResult cli(Path root, String... args) throws Exception {
        List<String> argv = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.sysboxdoctor.app.Main"));
        argv.addAll(List.of(args));
        String path = root.resolve("usr/bin") + ":" + root.resolve("bin") + ":" + System.getenv("PATH");
        return new CommandRunner().run(Command.of(argv).withEnv("PATH", path).withTimeout(Duration.ofSeconds(90)));
    }

    @Test
    void ubuntuWithShiftfsWhosePrecheckFailedAndARealEngine() throws Exception {
        Path root = FixtureMachine.ubuntu515ShiftfsPrecheckFails(dir.resolve("root")).write();
        String name = TestBed.uniqueName("diag");
        try {
            TestBed.dockerOk("run", "-d", "--runtime", TestBed.SYSBOX_RUNTIME, "--name", name, TestBed.IMAGE, "sleep", "300");
            CommandResult r = cli(root, "diagnose", "--json", "--root", root.toString(), "--docker-host", TestBed.dockerHost());
            assertThat(r.exitCode()).as(r.stderrText()).isEqualTo(1);
            JsonNode j = JSON.readTree(r.stdoutText());
            assertThat(j.at("/host/kind").asText()).isEqualTo("LINUX");
            assertThat(j.path("wsl").isNull()).isTrue();
            JsonNode t = j.at("/targets/0");
            assertThat(t.path("name").asText()).isEqualTo("local");
            assertThat(t.at("/kernel/release").asText()).isEqualTo("5.15.0-138-generic");
            assertThat(t.at("/kernel/shiftfs").asText()).isEqualTo("LOADED");
            assertThat(t.at("/kernel/overlayIdmap").asBoolean()).isFalse();
            assertThat(t.at("/sysbox/installed").asBoolean()).isTrue();
            assertThat(t.at("/sysbox/version").asText()).isEqualTo("0.6.6");
            assertThat(t.at("/sysbox/mgrFlags")).isEmpty();
            assertThat(t.at("/sysbox/mode").asText()).isEqualTo("ROOTFS_CLONING");
            assertThat(t.path("commitRisk").asText()).isEqualTo("BROKEN");
            assertThat(t.at("/docker/reachable").asBoolean()).isTrue();
            assertThat(t.at("/docker/runtimes").toString()).contains("sysbox-runc");
            assertThat(t.at("/docker/defaultRuntime").asText()).isEqualTo("runc");
            assertThat(t.at("/docker/containers").toString()).contains(name);
            List<String> ids = new ArrayList<>();
            j.path("findings").forEach(f -> ids.add(f.path("id").asText()));
            assertThat(ids).contains("commit-broken", "shiftfs-precheck-failed", "sysbox-containers");
            assertThat(r.stdoutText()).contains("msg=\\\"Shiftfs works properly: no\\\"");

            CommandResult md = cli(root, "diagnose", "--markdown", "--root", root.toString(), "--docker-host", TestBed.dockerHost());
            assertThat(md.exitCode()).isEqualTo(1);
            assertThat(md.stdoutText()).startsWith("## Sysbox Doctor diagnosis").contains("| local | 5.15.0-138-generic | loaded |")
                    .contains("`precheck-override`");
            CommandResult text = cli(root, "diagnose", "--root", root.toString(), "--docker-host", TestBed.dockerHost());
            assertThat(text.stdoutText()).contains("docker commit of Sysbox containers is BROKEN").contains("[ERROR]");
        } finally {
            TestBed.removeContainers(name);
        }
    }

    @Test
    void afterTheOverrideItIsSafeAndExitsZero() throws Exception {
        Path root = FixtureMachine.ubuntu515ShiftfsOverride(dir.resolve("root")).write();
        CommandResult r = cli(root, "diagnose", "--json", "--root", root.toString());
        assertThat(r.exitCode()).as(r.stdoutText() + r.stderrText()).isZero();
        JsonNode t = JSON.readTree(r.stdoutText()).at("/targets/0");
        assertThat(t.at("/sysbox/mode").asText()).isEqualTo("SHIFTFS");
        assertThat(t.at("/sysbox/mgrFlags/0").asText()).isEqualTo("--disable-shiftfs-precheck");
        assertThat(t.path("commitRisk").asText()).isEqualTo("SAFE");
        assertThat(t.at("/docker/reachable").asBoolean()).isFalse();
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        Path root = dir.resolve("empty");
        CommandResult r = cli(root, "diagnose", "--json", "--markdown");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.stderrText()).contains("mutually exclusive");
        assertThat(r.stderrText()).doesNotContain("Exception").doesNotContain("\tat ");
        CommandResult noRoot = cli(root, "diagnose", "--root", dir.resolve("missing").toString());
        assertThat(noRoot.exitCode()).isEqualTo(2);
        assertThat(noRoot.stderrText()).contains("not a directory");
        CommandResult distroOnLinux = cli(root, "diagnose", "--distro", "Ubuntu");
        assertThat(distroOnLinux.exitCode()).isEqualTo(2);
        assertThat(distroOnLinux.stderrText()).contains("--distro needs wsl.exe");
    }

    @Test
    void insideWsl2TheDistroItselfIsTheTarget() throws Exception {
        Path root = FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("root")).wslPackage("2.4.13").write();
        java.nio.file.Files.writeString(dir.resolve(".wslconfig"), "[wsl2]\nkernel=C:\\\\k\\\\bzImage-5.15\n");
        CommandResult r = cli(root, "diagnose", "--json", "--root", root.toString(), "--wslconfig", dir.resolve(".wslconfig").toString());
        assertThat(r.exitCode()).as(r.stderrText()).isEqualTo(1);
        JsonNode j = JSON.readTree(r.stdoutText());
        assertThat(j.at("/host/kind").asText()).isEqualTo("WSL2");
        assertThat(j.at("/wsl/version").asText()).isEqualTo("2.4.13");
        assertThat(j.at("/wsl/kernelVersion").asText()).isEqualTo("5.15.153.1");
        assertThat(j.at("/wslconfig/kernel").asText()).isEqualTo("C:\\k\\bzImage-5.15");
        assertThat(j.at("/targets/0/commitRisk").asText()).isEqualTo("BROKEN");
        assertThat(j.path("findings").toString()).contains("wsl-kernel-unpin").contains("wsl-kernel-pinned");

        Path wsl1 = FixtureMachine.wsl1(dir.resolve("wsl1")).write();
        JsonNode j1 = JSON.readTree(cli(wsl1, "diagnose", "--json", "--root", wsl1.toString()).stdoutText());
        assertThat(j1.at("/host/kind").asText()).isEqualTo("WSL1");
        assertThat(j1.at("/targets/0/commitRisk").asText()).isEqualTo("NOT_APPLICABLE");
    }

    @Test
    void insideWsl2TheDistroListComesFromWindowsThroughInterop() throws Exception {
        Path root = FixtureMachine.wsl2Kernel515WithSysbox(dir.resolve("root")).write();
        FakeWsl windows = FakeWsl.create(dir.resolve("windows"))
                .answer("list-verbose", "  NAME            STATE           VERSION\n* Ubuntu-22.04    Running         2\n  Debian          Stopped         2\n");
        Path interopExe = root.resolve("mnt/c/Windows/System32/wsl.exe");
        java.nio.file.Files.createDirectories(interopExe.getParent());
        java.nio.file.Files.copy(windows.exe(), interopExe, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        CommandResult r = cli(root, "diagnose", "--json", "--root", root.toString(), "--wslconfig", dir.resolve("none").toString());
        JsonNode j = JSON.readTree(r.stdoutText());
        assertThat(j.at("/host/kind").asText()).isEqualTo("WSL2");
        assertThat(j.at("/wsl/distros").findValuesAsText("name")).containsExactly("Ubuntu-22.04", "Debian");
        assertThat(j.at("/targets").size()).as("the distro itself stays the one target").isEqualTo(1);
        assertThat(windows.calls()).containsExactly("--list --verbose");
    }
}
