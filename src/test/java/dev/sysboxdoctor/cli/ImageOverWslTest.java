package dev.sysboxdoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.DockerCli;
import dev.sysboxdoctor.testbed.FakeWsl;
import dev.sysboxdoctor.testbed.FixtureMachine;
import dev.sysboxdoctor.testbed.TestBed;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code image save} as on Windows: the engine inside a WSL distro reached through the fake
 * wsl.exe and {@code docker system dial-stdio} of the distro's own docker (the real CLI aimed at the
 * test bed). Named with --distro, or the default distro of {@code wsl.exe -l -v}; a distro that
 * cannot start is one clear line and exit 3.
 */
class ImageOverWslTest {
    @TempDir Path dir;
    private final String container = TestBed.uniqueName("wsl-save");
    private final String repo = TestBed.uniqueName("wsl-image");

    @AfterEach
    void clean() {
        TestBed.removeContainers(container);
        TestBed.removeImages(repo + ":named", repo + ":default");
    }

    private FakeWsl scenario() {
        Path root = dir.resolve("roots/ubuntu");
        FixtureMachine.wsl2Kernel515WithSysbox(root).wslPackage("2.4.13").write();
        DockerCli.installInto(root);
        return FakeWsl.create(dir.resolve("scenario"))
                .answer("list-verbose", """
                          NAME      STATE           VERSION
                        * Ubuntu    Running         2
                          Broken    Stopped         2
                        """)
                .defaultDistro("Ubuntu")
                .distro("Ubuntu", root)
                .failingDistro("Broken", "The distribution failed to start.\nError code: Wsl/Service/CreateInstance/E_FAIL\n", 255);
    }

    private void startContainer() {
        TestBed.dockerOk("run", "-d", "--name", container, "--network", "none", TestBed.IMAGE,
                "sh", "-c", "echo from-wsl > /root/greeting; trap 'exit 0' TERM; while :; do sleep 1; done");
    }

    @Test
    void savesThroughTheNamedDistroAndThroughTheDefaultOne() {
        FakeWsl wsl = scenario();
        startContainer();

        CliRun named = CliRun.of("image", "save", container, "--tag", repo + ":named", "--sysbox-mode", "UNKNOWN",
                "--wsl-exe", wsl.exe().toString(), "--distro", "Ubuntu");
        assertThat(named.exit()).as(named.toString()).isZero();
        assertThat(named.out()).contains("Saved", repo + ":named");
        assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", repo + ":named", "cat", "/root/greeting")).isEqualTo("from-wsl");
        assertThat(wsl.calls()).anyMatch(c -> c.equals("-d Ubuntu -e docker system dial-stdio"));

        // No --distro: the default distro of wsl.exe -l -v; the mode comes from diagnosing that distro.
        CliRun dflt = CliRun.of("image", "save", container, "--tag", repo + ":default", "--wsl-exe", wsl.exe().toString());
        assertThat(dflt.exit()).as(dflt.toString()).isZero();
        assertThat(dflt.err()).contains("Docker Engine: wsl://Ubuntu (the default WSL distro)", "Planning for Sysbox mode ROOTFS_CLONING (diagnosed)");
        assertThat(dflt.out()).contains("Saved", repo + ":default");
        assertThat(TestBed.dockerOk("image", "inspect", "-f", "{{.Id}}", repo + ":default")).startsWith("sha256:");
        assertThat(wsl.calls()).contains("--list --verbose");
        assertNothingRunning();
    }

    @Test
    void aDistroThatCannotStartIsOneClearLineAndExit3() {
        FakeWsl wsl = scenario();
        CliRun r = CliRun.of("image", "save", "whatever", "--tag", repo + ":named", "--sysbox-mode", "UNKNOWN",
                "--wsl-exe", wsl.exe().toString(), "--distro", "Broken");
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("Cannot reach the Docker Engine in WSL distro 'Broken'", "exited with 255",
                "The distribution failed to start.");
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertNothingRunning();

        CliRun unknown = CliRun.of("image", "verify", "some/image:tag", "--wsl-exe", wsl.exe().toString(), "--distro", "Nope");
        assertThat(unknown.exit()).as(unknown.toString()).isEqualTo(3);
        assertThat(unknown.err()).contains("WSL distro 'Nope'", "There is no distribution with the supplied name.");
        assertNothingRunning();
    }

    @Test
    void waitingForADistroThatNeverAnswersEndsOnInterruptWithNothingLeft() throws Exception {
        FakeWsl wsl = scenario().hang("exec:Ubuntu");
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        Thread t = new Thread(() -> {
            try (var images = dev.sysboxdoctor.image.ImageService.connect("wsl://Ubuntu", wsl.exe().toString())) {
                failure.set(new AssertionError("connected to a distro that never answers"));
            } catch (Throwable e) {
                failure.set(e);
            }
        });
        t.start();
        long deadline = System.currentTimeMillis() + 20_000;
        while (!wsl.calls().contains("-d Ubuntu -e docker system dial-stdio") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        t.interrupt();
        t.join(10_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(java.util.concurrent.CancellationException.class);
        assertNothingRunning();
    }

    @Test
    void distroNeedsWslExeAndExcludesDockerHost() {
        CliRun both = CliRun.of("image", "verify", "x:y", "--docker-host", TestBed.dockerHost(), "--distro", "Ubuntu",
                "--wsl-exe", "/nonexistent/wsl.exe");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--distro and --docker-host cannot be combined.");
        CliRun noWsl = CliRun.of("image", "verify", "x:y", "--distro", "Ubuntu");
        assertThat(noWsl.exit()).isEqualTo(2);
        assertThat(noWsl.err()).contains("--distro needs wsl.exe");
    }

    private static void assertNothingRunning() {
        // dial-stdio itself, the fake wsl.exe, or what a hanging fake became (exec sleep 3600)
        assertThat(ProcessHandle.current().descendants().map(p -> p.info().commandLine().orElse(""))
                .filter(c -> c.contains("dial-stdio") || c.contains("fake-wsl") || c.contains("sleep 3600")))
                .as("relay processes left").isEmpty();
    }
}
