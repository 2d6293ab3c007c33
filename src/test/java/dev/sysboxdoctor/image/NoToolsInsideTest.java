package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.cli.CliRun;
import dev.sysboxdoctor.testbed.TestBed;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Containers that hold few or no tools: a lone busybox binary without its applet links is used
 * through its applets; a container with one static binary (not even named busybox) and data files
 * is read through the engine, saves verified, and its raw commit under Sysbox is still caught.
 */
class NoToolsInsideTest {
    private static JsonNode lastVerification(CliRun r) throws Exception {
        JsonNode json = new ObjectMapper().readTree(r.out());
        return json.path("attempts").get(json.path("attempts").size() - 1).path("verification");
    }

    @Test
    void aLoneBusyboxBinaryIsUsedThroughItsApplets() throws Exception {
        String image = TestBed.uniqueName("bare") + ":v1";
        // Only /bin/busybox, without its applet links: docker exec finds no cat, find, stat, md5sum or tar.
        TestBed.Result imported = TestBed.dockerPipe(List.of("run", "--rm", TestBed.IMAGE, "tar", "-c", "-C", "/", "bin/busybox"),
                List.of("import", "-", image));
        assertThat(imported.ok()).as(imported.toString()).isTrue();
        String c = TestBed.uniqueName("bare");
        String tag = TestBed.uniqueName("bare-save") + ":v1";
        try {
            TestBed.dockerOk("run", "-d", "--name", c, "--runtime", TestBed.SYSBOX_RUNTIME, "--network", "none", image,
                    "/bin/busybox", "sleep", "100000");
            TestBed.dockerOk("exec", c, "/bin/busybox", "cp", "/bin/busybox", "/bin/busybox-copy");
            CliRun r = ImageCli.image("export-import", c, "--tag", tag, "--json");
            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode v = lastVerification(r);
            assertThat(v.path("containerView").asText()).isEqualTo("inside the container");
            assertThat(v.path("hashTool").asText()).isEqualTo("busybox md5sum");
            assertThat(v.path("filesHashed").asLong()).isPositive();
            assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", tag, "/bin/busybox-copy", "echo", "runs")).isEqualTo("runs");
            Leftovers.assertNone();
            assertThat(TestBed.dockerOk("inspect", "--format", "{{.State.Status}}", c)).isEqualTo("running");
        } finally {
            TestBed.removeContainers(c);
            TestBed.removeImages(tag, image);
        }
    }

    @Test
    void oneStaticBinaryAndDataSaveThroughTheEngineAndTheirRawCommitIsCaught() throws Exception {
        String image = TestBed.uniqueName("static") + ":v1";
        // busybox under another name (so "busybox" is not found either), plus data files; no links, no shell.
        TestBed.Result imported = TestBed.dockerPipe(List.of("run", "--rm", "--network", "none", TestBed.IMAGE, "sh", "-c",
                        "set -e; mkdir -p /s/app /s/data; cp /bin/busybox /s/app/busybox.static; echo hello > /s/data/a.txt;"
                                + " head -c 300000 /dev/urandom > /s/data/b.bin; tar -c -C /s ."),
                List.of("import", "-", image));
        assertThat(imported.ok()).as(imported.toString()).isTrue();
        String c = TestBed.uniqueName("static");
        String tag = TestBed.uniqueName("static-save") + ":v1";
        String commitTag = TestBed.uniqueName("static-commit") + ":v1";
        String raw = TestBed.uniqueName("static-raw") + ":v1";
        try {
            TestBed.dockerOk("run", "-d", "--name", c, "--runtime", TestBed.SYSBOX_RUNTIME, "--network", "none", image,
                    "/app/busybox.static", "sleep", "100000");
            TestBed.dockerOk("exec", c, "/app/busybox.static", "cp", "/data/b.bin", "/data/c.bin");
            TestBed.dockerOk("exec", c, "/app/busybox.static", "sh", "-c", "echo changed > /data/a.txt");

            CliRun r = ImageCli.image("save", c, "--tag", tag, "--sysbox-mode", "ROOTFS_CLONING", "--json");
            assertThat(r.exit()).as(r.toString()).isZero();
            JsonNode v = lastVerification(r);
            assertThat(v.path("verdict").asText()).isEqualTo("PASSED");
            assertThat(v.path("containerView").asText()).isEqualTo("through the engine");
            assertThat(v.path("hashTool").asText()).contains("archive API");
            assertThat(v.path("limits").asText()).contains("no working find, stat and cat");
            assertThat(v.path("filesHashed").asLong()).isGreaterThanOrEqualTo(3);
            assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", "--entrypoint", "/app/busybox.static", tag,
                    "cat", "/data/a.txt")).isEqualTo("changed");

            // docker commit reads the clone's upper dir: zero-filled files. Caught through the engine view too.
            CliRun commit = ImageCli.image("commit", c, "--tag", commitTag);
            assertThat(commit.exit()).as(commit.toString()).isEqualTo(1);
            assertThat(commit.out()).contains("Not saved: refused", "/app/busybox.static  content", "through the engine");
            assertThat(Leftovers.imageExists(commitTag)).isFalse();
            TestBed.dockerOk("commit", c, raw);
            CliRun verify = ImageCli.image("verify", raw, "--against", c);
            assertThat(verify.exit()).as(verify.toString()).isEqualTo(1);
            assertThat(verify.out()).contains("/app/busybox.static  content", "through the engine");
            Leftovers.assertNone();
            assertThat(TestBed.dockerOk("inspect", "--format", "{{.State.Status}}", c)).isEqualTo("running");
        } finally {
            TestBed.removeContainers(c);
            TestBed.removeImages(tag, raw, image);
        }
    }
}
