package dev.sysboxdoctor.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.Difference.Aspect;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineStream;
import dev.sysboxdoctor.image.verify.ImageTarReader;
import dev.sysboxdoctor.image.verify.ImageView;
import dev.sysboxdoctor.image.verify.Scope;
import dev.sysboxdoctor.testbed.TestBed;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Through the engine, an export/import save reads the container's export once: the stream that
 * goes into docker import is the container's side, and the image's layer digest must be that
 * stream's SHA-256. An image that holds anything else (here: a tampered copy imported instead of
 * the stream that was read), or a stream cut short, is never passed.
 */
class OneStreamProofTest {
    static RichContainer stopped;
    static EngineApi api;

    @BeforeAll
    static void startThenStop() {
        stopped = RichContainer.start(TestBed.SYSBOX_RUNTIME);
        TestBed.dockerOk("stop", stopped.name);
        api = EngineApi.connect(TestBed.dockerHost());
    }

    @AfterAll
    static void remove() {
        api.close();
        stopped.close();
    }

    /** The container's export read through a StreamTap, as an export/import save reads it on its way into import. */
    private static Builders.Built tapped(ContainerSide side, String ref) throws Exception {
        JsonNode c = Containers.inspect(api, stopped.name);
        ImageTarReader reader = new ImageTarReader(Scope.initLayerOnly(), side.streamHashRule(), side.algorithm(), CancelToken.none(), n -> { });
        try (EngineStream export = api.stream(Request.Method.GET, "/containers/" + c.path("Id").asText() + "/export", null);
             StreamTap tap = new StreamTap(export.body(), reader)) {
            tap.transferTo(OutputStream.nullOutputStream());
            ImageView view = tap.view();
            return new Builders.Built(ref, view, tap.diffId(), true);
        }
    }

    private static VerificationResult check(Builders.Built built, ContainerSide side, Cleanup cleanup) {
        JsonNode container = Containers.inspect(api, stopped.name);
        JsonNode image = Verifier.inspectImage(api, built.ref());
        return new Verifier(api, ProgressListener.NONE, CancelToken.none()).check(built.ref(), image, container, side, false, cleanup, built);
    }

    @Test
    void theImageOfTheStreamPassesAndADifferentImportIsCaught() throws Exception {
        String exact = TestBed.uniqueName("one-stream") + ":v1";
        String tampered = TestBed.uniqueName("one-stream-tampered") + ":v1";
        Cleanup cleanup = new Cleanup(api);
        try {
            ContainerSide side = ContainerSide.start(api, Containers.inspect(api, stopped.name), false, ProgressListener.NONE,
                    CancelToken.none());
            assertThat(side.view()).isEqualTo(ContainerSide.View.ENGINE);
            // The same export the tap read, imported as it is: its layer digest is the tap's.
            TestBed.Result plain = TestBed.dockerPipe(List.of("export", stopped.name), List.of("import", "-", exact));
            assertThat(plain.ok()).as(plain.toString()).isTrue();
            VerificationResult ok = check(tapped(side, exact), side, cleanup);
            // A plain docker import carries none of the container's config; its files and layer agree.
            assertThat(ok.differences()).as(ok.toString()).isNotEmpty().allMatch(d -> d.aspect() == Aspect.CONFIG);
            assertThat(ok.filesHashed()).isPositive();
            assertThat(ok.notes()).anyMatch(n -> n.contains("read once, through the engine"));

            // A copy of the container's files with one file changed is imported instead of the stream that was read.
            String editor = TestBed.uniqueName("one-stream-editor");
            try {
                TestBed.dockerOk("run", "--name", editor, "--runtime", "runc", "--network", "none", "--entrypoint", "/bin/sh", exact,
                        "-c", "echo tampered > /opt/marker");
                TestBed.Result imported = TestBed.dockerPipe(List.of("export", editor), List.of("import", "-", tampered));
                assertThat(imported.ok()).as(imported.toString()).isTrue();
            } finally {
                TestBed.removeContainers(editor);
            }
            Builders.Built read = tapped(side, tampered);
            VerificationResult caught = check(read, side, cleanup);
            assertThat(caught.verdict()).isEqualTo(Verdict.FAILED);
            assertThat(caught.differences()).anyMatch(d -> d.aspect() == Aspect.LAYER && d.path().equals("image:layers"));

            // An export cut short at an entry boundary looks like a whole tar to docker import: without its end marker it proves nothing.
            ImageView v = read.streamed();
            Builders.Built cut = new Builders.Built(exact, new ImageView(v.entries(), v.linkGroup(), v.problems(), v.bytes(),
                    v.elfChecked(), false), read.diffId(), true);
            assertThatThrownBy(() -> check(cut, side, cleanup)).isInstanceOf(ImageEngineException.class).hasMessageContaining("cut short");
            cleanup.run();
            Leftovers.assertNone();
        } finally {
            cleanup.run();
            TestBed.removeImages(exact, tampered);
        }
    }
}
