package dev.sysboxdoctor.image;

import dev.sysboxdoctor.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.testbed.TestBed;
import org.junit.jupiter.api.Test;

/** An existing tag moves only with --force; a stopped container cannot be snapshotted but can be committed and verified. */
class SaveRulesTest {
    @Test
    void existingTagIsReplacedOnlyWithForce() {
        String c = TestBed.uniqueName("force");
        String tag = TestBed.uniqueName("taken") + ":v1";
        try {
            TestBed.dockerOk("run", "-d", "--name", c, "--network", "none", TestBed.IMAGE, "sleep", "100000");
            TestBed.dockerOk("tag", TestBed.IMAGE, tag);
            String before = TestBed.dockerOk("image", "inspect", "--format", "{{.Id}}", tag);
            CliRun refused = ImageCli.image("commit", c, "--tag", tag);
            assertThat(refused.exit()).as(refused.toString()).isEqualTo(2);
            assertThat(refused.err()).contains("already exists; use --force");
            assertThat(TestBed.dockerOk("image", "inspect", "--format", "{{.Id}}", tag)).isEqualTo(before);
            CliRun forced = ImageCli.image("commit", c, "--tag", tag, "--force");
            assertThat(forced.exit()).as(forced.toString()).isZero();
            assertThat(TestBed.dockerOk("image", "inspect", "--format", "{{.Id}}", tag)).isNotEqualTo(before);
            Leftovers.assertNone();
        } finally {
            TestBed.removeContainers(c);
            TestBed.removeImages(tag);
        }
    }

    @Test
    void stoppedContainerSnapshotIsAClearErrorAndCommitIsVerifiedThroughDockersView() {
        String c = TestBed.uniqueName("stopped");
        String tag = TestBed.uniqueName("stopped") + ":v1";
        try {
            TestBed.dockerOk("run", "--name", c, "--network", "none", TestBed.IMAGE, "sh", "-c", "echo kept > /kept && cp /bin/busybox /bin2");
            CliRun snap = ImageCli.image("snapshot", c, "--tag", tag);
            assertThat(snap.exit()).as(snap.toString()).isEqualTo(3);
            assertThat(snap.out()).contains("is not running");
            assertThat(Leftovers.imageExists(tag)).isFalse();
            CliRun commit = ImageCli.image("commit", c, "--tag", tag);
            assertThat(commit.exit()).as(commit.toString()).isZero();
            assertThat(commit.out()).contains("PASSED", "container read through the engine", "(the container is not running (exited)");
            assertThat(TestBed.dockerOk("run", "--rm", "--network", "none", tag, "cat", "/kept")).isEqualTo("kept");
            Leftovers.assertNone();
        } finally {
            TestBed.removeContainers(c);
            TestBed.removeImages(tag);
        }
    }
}
