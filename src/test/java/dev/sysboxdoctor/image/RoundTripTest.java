package dev.sysboxdoctor.image;

import dev.sysboxdoctor.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.testbed.TestBed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * export-import and snapshot of a Sysbox container (where commit breaks), and commit of a runc
 * container: each passes verification, the image runs, the config round-trips and every special
 * file survives.
 */
class RoundTripTest {
    static RichContainer sysbox;
    static RichContainer runc;
    static final List<String> TAGS = new ArrayList<>();

    @BeforeAll
    static void start() {
        sysbox = RichContainer.start(TestBed.SYSBOX_RUNTIME);
        runc = RichContainer.start("runc");
    }

    @AfterAll
    static void stop() {
        sysbox.close();
        runc.close();
        TestBed.removeImages(TAGS.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} of a {1} container")
    @CsvSource({"export-import, sysbox-runc", "snapshot, sysbox-runc", "commit, runc", "export-import, runc", "save, sysbox-runc"})
    void savesVerifiedAndTheImageKeepsEverything(String method, String runtime) throws Exception {
        RichContainer c = runtime.equals("runc") ? runc : sysbox;
        String tag = TestBed.uniqueName(method) + ":v1";
        TAGS.add(tag);
        CliRun r = ImageCli.image(method, c.name, "--tag", tag, "--json");
        assertThat(r.exit()).as(r.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("saved").asBoolean()).isTrue();
        JsonNode last = json.path("attempts").get(json.path("attempts").size() - 1).path("verification");
        assertThat(last.path("verdict").asText()).isEqualTo("PASSED");
        assertThat(last.path("differences")).isEmpty();
        assertThat(last.path("filesCompared").asLong()).isGreaterThan(100);
        assertThat(last.path("probe").asText()).isEqualTo("ok");
        // Progress went to stderr; env values went nowhere.
        assertThat(r.err()).contains("Hashing", "files inside the container", "Starting a trial container");
        assertThat(r.out() + r.err()).doesNotContain("s3cr3t-value");
        Leftovers.assertNone();

        assertConfigRoundTrips(tag);
        // Files are checked under runc: the emulated Sysbox chowns the rootfs on start, which clears setuid bits.
        assertFilesSurvive(tag);
        assertThat(TestBed.dockerOk("run", "--rm", "--runtime", c.runtime, "--network", "none", "--entrypoint", "/bin/sh", tag,
                "-c", "cat /opt/marker")).isEqualTo("ok");
    }

    private static void assertConfigRoundTrips(String tag) throws Exception {
        JsonNode cfg = new ObjectMapper().readTree(TestBed.dockerOk("image", "inspect", "--format", "{{json .Config}}", tag));
        List<String> env = new ArrayList<>();
        cfg.path("Env").forEach(e -> env.add(e.asText()));
        assertThat(env).contains("GREETING=hello $USER \"quoted\" \\back", "SECRET_TOKEN=s3cr3t-value");
        assertThat(cfg.path("Entrypoint").toString()).isEqualTo("[\"/bin/sh\"]");
        assertThat(cfg.path("Cmd").toString()).isEqualTo("[\"-c\",\"trap 'exit 0' USR1 TERM; while :; do sleep 1; done\"]");
        assertThat(cfg.path("WorkingDir").asText()).isEqualTo("/work");
        assertThat(cfg.path("Labels").path("org.example.team").asText()).isEqualTo("tools");
        assertThat(cfg.path("Labels").path("quote").asText()).isEqualTo("\"a b\"");
        assertThat(cfg.path("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(cfg.path("Volumes").has("/data")).isTrue();
        assertThat(cfg.path("StopSignal").asText()).isEqualTo("SIGUSR1");
        assertThat(cfg.path("Healthcheck").path("Test").toString()).contains("test -f /opt/marker");
    }

    private static void assertFilesSurvive(String tag) {
        String script = String.join("; ",
                "stat -c '%a %u %g' /opt/suid/busybox '/opt/my dir/setgid tool' /work",
                "readlink /opt/link-to-unicode; readlink /opt/dangling",
                "cat /opt/link-to-unicode",
                "[ $(stat -c %i /opt/hard-a) = $(stat -c %i /opt/hard-b) ] && echo hardlinked",
                "stat -c %s /opt/empty /opt/sparse",
                "tail -c 4 /opt/sparse; echo",
                "[ -e /bin/vi ] && echo vi-back || echo vi-gone",
                "[ -e /data/in-volume ] && echo volume-leaked || echo volume-empty",
                "/opt/suid/busybox echo setuid-runs");
        String out = TestBed.dockerOk("run", "--rm", "--runtime", "runc", "--network", "none", "--entrypoint", "/bin/sh", tag, "-c", script);
        assertThat(out.lines().toList()).containsExactly(
                "4755 0 0", "2750 1234 2345", "1777 0 0",
                "my dir/ünï cödé/fïlé with spaces.txt", "/nonexistent/target",
                "hello wörld",
                "hardlinked",
                "0", "5242884",
                "tail",
                "vi-gone",
                "volume-empty",
                "setuid-runs");
    }
}
