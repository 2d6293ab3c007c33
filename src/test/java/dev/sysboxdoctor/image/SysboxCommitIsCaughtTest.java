package dev.sysboxdoctor.image;

import dev.sysboxdoctor.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.testbed.TestBed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The emulated Sysbox rootfs cloning really breaks docker commit; the verifier must say so and keep the tag away. */
class SysboxCommitIsCaughtTest {
    static RichContainer sysbox;

    @BeforeAll
    static void start() {
        sysbox = RichContainer.start(TestBed.SYSBOX_RUNTIME);
    }

    @AfterAll
    static void stop() {
        sysbox.close();
    }

    @Test
    void rawCommitOfASysboxContainerIsCaughtAndNotTagged() throws Exception {
        String tag = TestBed.uniqueName("broken") + ":v1";
        CliRun r = ImageCli.image("commit", sysbox.name, "--tag", tag, "--json");
        assertThat(r.exit()).as(r.toString()).isEqualTo(1);
        assertThat(Leftovers.imageExists(tag)).isFalse();
        Leftovers.assertNone();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.path("saved").asBoolean(true)).isFalse();
        JsonNode v = json.path("attempts").get(0).path("verification");
        assertThat(v.path("verdict").asText()).isEqualTo("FAILED");
        // The damaged file is named, with how it differs; the probe's exec error is quoted verbatim.
        assertThat(v.path("differences").findValuesAsText("path")).contains("/bin/busybox", "probe");
        assertThat(r.out()).contains("\"aspect\" : \"CONTENT\"", "is all zeros", "exec format error");
        assertThat(r.out()).doesNotContain("s3cr3t-value");
    }

    @Test
    void saveFallsBackFromCommitToExportImportWhenCommitIsBroken() {
        String tag = TestBed.uniqueName("fallback") + ":v1";
        try {
            // A diagnosis that wrongly trusts commit (e.g. a shift mode misread) must still end with a good image.
            CliRun r = ImageCli.image("save", sysbox.name, "--tag", tag, "--sysbox-mode", "IDMAPPED");
            assertThat(r.exit()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Saved " + tag).contains("(export-import, verified)");
            assertThat(r.out()).containsPattern("commit +FAILED");
            assertThat(r.out()).contains("/bin/busybox");
            assertThat(TestBed.dockerOk("run", "--rm", "--runtime", TestBed.SYSBOX_RUNTIME, "--entrypoint", "/bin/sh", tag,
                    "-c", "cat /opt/marker")).isEqualTo("ok");
            Leftovers.assertNone();
        } finally {
            TestBed.removeImages(tag);
        }
    }

    @Test
    void verifyNamesTheBrokenFilesOfARawDockerCommit() {
        String tag = TestBed.uniqueName("rawcommit") + ":v1";
        try {
            TestBed.dockerOk("commit", sysbox.name, tag);
            CliRun r = ImageCli.image("verify", tag, "--against", sysbox.name);
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.out()).contains("FAILED", "/bin/busybox  content", "exec format error");
            // Without a container the image alone still shows the zero-filled executable and the failing probe.
            CliRun alone = ImageCli.image("verify", tag);
            assertThat(alone.exit()).as(alone.toString()).isEqualTo(1);
            assertThat(alone.out()).contains("/bin/busybox  ELF structure", "all zeros");
            Leftovers.assertNone();
        } finally {
            TestBed.removeImages(tag);
        }
    }
}
