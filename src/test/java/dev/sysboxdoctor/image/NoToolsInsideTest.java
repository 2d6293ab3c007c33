package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sysboxdoctor.cli.CliRun;
import dev.sysboxdoctor.testbed.TestBed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A running container without find/stat/cat inside cannot be checked from inside: said clearly, nothing kept. */
class NoToolsInsideTest {
    @Test
    void everyAttemptFailsWithTheReasonAndNothingIsLeft() {
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
            CliRun r = ImageCli.image("save", c, "--tag", tag);
            assertThat(r.exit()).as(r.toString()).isEqualTo(3); // a container error, not a failed comparison
            assertThat(r.out() + r.err()).contains("The check needs cat, find, stat and md5sum").doesNotContain("Exception");
            assertThat(Leftovers.imageExists(tag)).isFalse();
            Leftovers.assertNone();
            assertThat(TestBed.dockerOk("inspect", "--format", "{{.State.Status}}", c)).isEqualTo("running");
        } finally {
            TestBed.removeContainers(c);
            TestBed.removeImages(image);
        }
    }
}
