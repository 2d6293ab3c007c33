package dev.sysboxdoctor.image;

import dev.sysboxdoctor.cli.CliRun;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.testbed.TestBed;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Cancel at any point and a container that disappears leave nothing behind and never touch the tag. */
class CancelAndRemovalTest {
    private static final long MIB = 1024 * 1024;

    private static String bigContainer(String runtime, int mib) {
        String name = TestBed.uniqueName("big");
        TestBed.dockerOk("run", "-d", "--name", name, "--runtime", runtime, "--network", "none", TestBed.IMAGE, "sleep", "100000");
        TestBed.dockerOk("exec", name, "dd", "if=/dev/urandom", "of=/big.bin", "bs=1048576", "count=" + mib);
        return name;
    }

    @ParameterizedTest
    @EnumSource(value = Progress.Phase.class, names = {"EXPORTING", "READING_IMAGE"})
    void cancelMidStreamRemovesEverythingTemporary(Progress.Phase when) {
        String c = bigContainer(TestBed.SYSBOX_RUNTIME, 200);
        String tag = TestBed.uniqueName("cancel") + ":v1";
        CancelToken cancel = new CancelToken();
        try (ImageService images = ImageService.connect(TestBed.dockerHost())) {
            ProgressListener cancelMidway = p -> {
                if (p.phase() == when && p.bytesDone() > 32 * MIB) {
                    cancel.cancel();
                }
            };
            // Export/import reads the image on its way in; commit reads it back afterwards: cancel in either stream.
            Strategy strategy = when == Progress.Phase.EXPORTING ? Strategy.EXPORT_IMPORT : Strategy.COMMIT;
            assertThatThrownBy(() -> images.save(SaveRequest.of(c, tag, strategy), cancelMidway, cancel))
                    .isInstanceOf(CancellationException.class);
            assertThat(Leftovers.imageExists(tag)).isFalse();
            Leftovers.assertNone();
            // The source container was only read.
            assertThat(TestBed.dockerOk("inspect", "--format", "{{.State.Status}} {{.RestartCount}}", c)).isEqualTo("running 0");
        } finally {
            TestBed.removeContainers(c);
        }
    }

    @Test
    void containerRemovedMidExportExitsThreeAndLeavesNothing() throws Exception {
        String c = bigContainer(TestBed.SYSBOX_RUNTIME, 300);
        String tag = TestBed.uniqueName("gone") + ":v1";
        try {
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            CompletableFuture<Void> exporting = new CompletableFuture<>();
            OutputStream watch = new OutputStream() {
                @Override
                public synchronized void write(int b) {
                    seen.write(b);
                    if (seen.toString(StandardCharsets.UTF_8).contains("Exporting the container")) {
                        exporting.complete(null);
                    }
                }
            };
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> ImageCli.run(watch, "export-import", c, "--tag", tag));
            exporting.get(60, TimeUnit.SECONDS);
            TestBed.dockerOk("rm", "-f", c);
            CliRun r = run.get(120, TimeUnit.SECONDS);
            assertThat(r.exit()).as(r.toString()).isEqualTo(3);
            assertThat(r.err()).contains("was removed during the save");
            assertThat(Leftovers.imageExists(tag)).isFalse();
            Leftovers.assertNone();
        } finally {
            TestBed.removeContainers(c);
        }
    }

    @Test
    void noSuchContainerExitsThreeAndBadTagExitsTwo() {
        CliRun none = ImageCli.image("save", "sdtest-no-such-container", "--tag", "x/y:z");
        assertThat(none.exit()).as(none.toString()).isEqualTo(3);
        assertThat(none.err()).contains("No such container: sdtest-no-such-container");
        CliRun bad = ImageCli.image("export-import", "whatever", "--tag", "Bad:Tag");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("lowercase");
    }
}
