package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.cli.CliRun;
import dev.sysboxdoctor.testbed.TestBed;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A stopped Sysbox container (docker exec cannot enter it; the emulated runtime keeps its rootfs
 * clone, with its changes, until it is removed) is read through the engine: it saves verified,
 * its raw commit is still caught, and it stays stopped and unchanged.
 */
class StoppedContainerTest {
    static RichContainer sysbox;

    @BeforeAll
    static void startThenStop() {
        sysbox = RichContainer.start(TestBed.SYSBOX_RUNTIME);
        TestBed.dockerOk("stop", sysbox.name);
    }

    @AfterAll
    static void remove() {
        sysbox.close();
    }

    /** The container's state and the digest of its whole file tree as Docker exports it. */
    private static String stateAndTree() {
        String state = TestBed.dockerOk("inspect", "--format", "{{.State.Status}} {{.State.StartedAt}} {{.State.FinishedAt}}", sysbox.name);
        TestBed.Result tree = TestBed.dockerPipe(List.of("export", sysbox.name), List.of("run", "--rm", "-i", "--network", "none",
                TestBed.IMAGE, "sha256sum"));
        assertThat(tree.ok()).as(tree.toString()).isTrue();
        return state + "\n" + tree.outTrimmed();
    }

    @Test
    void savesVerifiedThroughTheEngineAndStaysStoppedAndUnchanged() throws Exception {
        String before = stateAndTree();
        assertThat(before).startsWith("exited ");
        String tag = TestBed.uniqueName("stopped") + ":v1";
        try {
            CliRun r = ImageCli.image("save", sysbox.name, "--tag", tag, "--sysbox-mode", "ROOTFS_CLONING", "--json");
            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode json = new ObjectMapper().readTree(r.out());
            assertThat(json.path("outcome").asText()).isEqualTo("saved");
            assertThat(json.path("strategy").asText()).isEqualTo("export-import");
            JsonNode v = json.path("attempts").get(0).path("verification");
            assertThat(v.path("verdict").asText()).isEqualTo("PASSED");
            assertThat(v.path("containerView").asText()).isEqualTo("through the engine");
            assertThat(v.path("limits").asText()).contains("not running");
            assertThat(v.path("filesCompared").asLong()).isGreaterThan(100);
            assertThat(v.path("filesHashed").asLong()).isPositive();
            // The volume's contents came with the archive but are not part of the image.
            assertThat(v.path("notes").toString()).contains("/data");
            assertThat(TestBed.dockerOk("run", "--rm", "--runtime", "runc", "--network", "none", "--entrypoint", "/bin/sh", tag,
                    "-c", "cat /opt/marker; cat '/opt/my dir/ünï cödé/fïlé with spaces.txt'; [ -e /data/in-volume ] || echo no-volume"))
                    .isEqualTo("ok\nhello wörld\nno-volume");
            Leftovers.assertNone();
            assertThat(stateAndTree()).isEqualTo(before);
        } finally {
            TestBed.removeImages(tag);
        }
    }

    @Test
    void theRawCommitOfAStoppedSysboxContainerIsCaught() {
        String tag = TestBed.uniqueName("stopped-commit") + ":v1";
        String raw = TestBed.uniqueName("stopped-raw") + ":v1";
        try {
            CliRun r = ImageCli.image("commit", sysbox.name, "--tag", tag);
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.out()).contains("Not saved: refused", "/bin/busybox  content", "through the engine");
            assertThat(Leftovers.imageExists(tag)).isFalse();
            TestBed.dockerOk("commit", sysbox.name, raw);
            CliRun v = ImageCli.image("verify", raw, "--against", sysbox.name);
            assertThat(v.exit()).as(v.toString()).isEqualTo(1);
            assertThat(v.out()).contains("FAILED", "/bin/busybox  content", "exec format error");
            Leftovers.assertNone();
            assertThat(TestBed.dockerOk("inspect", "--format", "{{.State.Status}}", sysbox.name)).isEqualTo("exited");
        } finally {
            TestBed.removeImages(raw);
        }
    }

    @Test
    void aSnapshotNeedsARunningContainerAndSaysSo() {
        String tag = TestBed.uniqueName("stopped-snap") + ":v1";
        CliRun r = ImageCli.image("snapshot", sysbox.name, "--tag", tag);
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.out() + r.err()).contains("is not running", "export-import").doesNotContain("Exception");
        assertThat(Leftovers.imageExists(tag)).isFalse();
        Leftovers.assertNone();
    }
}
