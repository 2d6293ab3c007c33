package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineStream;
import dev.sysboxdoctor.image.verify.ConfigDiff;
import dev.sysboxdoctor.image.verify.ContainerViewReader;
import dev.sysboxdoctor.image.verify.ImageTarReader;
import dev.sysboxdoctor.image.verify.ImageView;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Builds a temporary image from the container with one strategy; returns the temporary reference. */
final class Builders {
    /**
     * A built temporary image. When the tar went through this process (export/import, snapshot),
     * {@code streamed} is what a reader saw in it and {@code diffId} its SHA-256; else both null.
     * {@code engineExport}: that tar is the engine's export of the container (its view through the engine).
     */
    record Built(String ref, ImageView streamed, String diffId, boolean engineExport) {}

    /**
     * What a strategy builds from: the container, the temporary name, the request.
     *
     * @param warnings what the image could not carry (added to by the build)
     * @param onTheWay reads the tar on its way into import; null to read the image back afterwards
     * @param side     the container's own view; null when it is not read yet (a pausing commit)
     */
    record Job(JsonNode container, String repo, String tag, SaveRequest req, Cleanup cleanup, List<String> warnings,
               ImageTarReader onTheWay, ContainerSide side) {}

    private final EngineApi api;
    private final ProgressListener progress;
    private final CancelToken cancel;

    Builders(EngineApi api, ProgressListener progress, CancelToken cancel) {
        this.api = api;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** docker commit, pausing as asked, with author and message. */
    Built commit(Job job) {
        JsonNode container = job.container();
        String repo = job.repo();
        String tag = job.tag();
        SaveRequest req = job.req();
        Cleanup cleanup = job.cleanup();
        progress.onProgress(new Progress(Progress.Phase.COMMITTING, 0, -1, 0, null,
                req.pause() ? "Committing (the container is paused meanwhile)" : "Committing"));
        String path = "/commit?container=" + container.path("Id").asText() + "&repo=" + EngineApi.q(repo) + "&tag=" + EngineApi.q(tag)
                + "&pause=" + (req.pause() ? "1" : "0")
                + (req.author() == null ? "" : "&author=" + EngineApi.q(req.author()))
                + (req.message() == null ? "" : "&comment=" + EngineApi.q(req.message()));
        cleanup.imageRef(repo + ":" + tag);
        api.post(path, null);
        return new Built(repo + ":" + tag, null, null, false);
    }

    /** docker export of the (running) container streamed straight into docker import, with the config as changes. */
    Built exportImport(Job job) {
        JsonNode container = job.container();
        String repo = job.repo();
        String tag = job.tag();
        SaveRequest req = job.req();
        Cleanup cleanup = job.cleanup();
        List<String> warnings = job.warnings();
        ImageTarReader reader = job.onTheWay();
        String id = container.path("Id").asText();
        // The size is only the progress bar's 100 %, and dockerd walks the whole root filesystem for it: the export does not wait.
        CompletableFuture<Long> total = CompletableFuture.supplyAsync(
                () -> api.get("/containers/" + id + "/json?size=1").path("SizeRootFs").asLong(-1), Workers.POOL)
                .exceptionally(e -> -1L);
        Meter meter = new Meter(progress, Progress.Phase.EXPORTING, total, "Exporting the container into a new image");
        ImportChanges.Result changes = ImportChanges.from(container.path("Config"));
        cleanup.imageRef(repo + ":" + tag);
        try (EngineStream export = api.stream(Request.Method.GET, "/containers/" + id + "/export", null);
             AutoCloseable unregister = cancel.closeOnCancel(export)) {
            CountingInputStream body = new CountingInputStream(new Prefetch(export.body()), meter::update);
            Tapped t = importTapped(body, reader, repo, tag, changes, req);
            meter.done(body.count());
            return new Built(withFullConfig(container, repo, tag, changes, req, cleanup, warnings), t.view(), t.diffId(), true);
        } catch (RuntimeException e) {
            cancel.throwIfCancelled();
            throw e;
        } catch (Exception closing) {
            throw new IllegalStateException(closing);
        }
    }

    private record Tapped(ImageView view, String diffId) {}

    /** docker import of {@code body}; with a reader, the same bytes are read and digested on the way. */
    private Tapped importTapped(InputStream body, ImageTarReader reader, String repo, String tag, ImportChanges.Result changes,
                                SaveRequest req) {
        if (reader == null) {
            TarImport.run(api, body, repo, tag, changes.changes(), req.message());
            return new Tapped(null, null);
        }
        StreamTap tap = new StreamTap(body, reader);
        try {
            TarImport.run(api, tap, repo, tag, changes.changes(), req.message());
            return new Tapped(tap.view(), tap.diffId());
        } catch (RuntimeException e) {
            RuntimeException readerFailure = tap.readerFailure();
            tap.abort();
            throw readerFailure != null ? readerFailure : e;
        }
    }

    /** When import could not carry the whole config, a config-only commit does. */
    String withFullConfig(JsonNode container, String repo, String tag, ImportChanges.Result changes, SaveRequest req,
                          Cleanup cleanup, List<String> warnings) {
        JsonNode imported = Verifier.inspectImage(api, repo + ":" + tag);
        if (changes.notCarried().isEmpty() && ConfigDiff.compare(container.path("Config"), imported.path("Config")).isEmpty()) {
            return repo + ":" + tag;
        }
        String fixedTag = tag + "-config";
        ConfigCommit.run(api, cleanup, repo + ":" + tag, container.path("Config"), repo, fixedTag, req.message());
        if (!changes.notCarried().isEmpty()) {
            warnings.add("docker import cannot carry " + String.join(", ", changes.notCarried())
                    + "; a config-only commit (empty layer) added it to the image.");
        }
        return repo + ":" + fixedTag;
    }

    /** A tar made inside the running container (its own mount namespace), streamed into docker import. */
    Built snapshot(Job job) {
        JsonNode container = job.container();
        String repo = job.repo();
        String tag = job.tag();
        SaveRequest req = job.req();
        Cleanup cleanup = job.cleanup();
        List<String> warnings = job.warnings();
        ImageTarReader reader = job.onTheWay();
        // Without the inside listing (no side yet, or it cannot read inside: whyNot says why) there is nothing to tar.
        ContainerViewReader.Listing listing = job.side() == null ? null : job.side().snapshotListing();
        String whyNot = job.side() == null ? null : job.side().whyEngine();
        if (listing == null) {
            boolean running = Verifier.running(container);
            throw new ImageEngineException(running ? ImageEngineException.Kind.NO_TAR_IN_CONTAINER
                    : ImageEngineException.Kind.CONTAINER_NOT_RUNNING,
                    "A snapshot is taken by tar inside the running container, and " + Containers.info(container).name()
                            + (running ? " cannot be read inside (" + whyNot + ")" : " is not running")
                            + "; use export-import (or save, which falls back to it).");
        }
        String id = container.path("Id").asText();
        SnapshotTar tar = new SnapshotTar(api, id, listing, cancel);
        tar.checkTarAvailable();
        Meter meter = new Meter(progress, Progress.Phase.SNAPSHOTTING, tar.totalBytes(), "Taking a snapshot inside the container");
        ImportChanges.Result changes = ImportChanges.from(container.path("Config"));
        cleanup.imageRef(repo + ":" + tag);
        try (SnapshotTar.Stream stream = tar.open(); AutoCloseable unregister = cancel.closeOnCancel(stream)) {
            CountingInputStream body = new CountingInputStream(stream.input(), meter::update);
            Tapped t;
            try {
                t = importTapped(body, reader, repo, tag, changes, req);
            } catch (RuntimeException e) {
                stream.close(); // a writer blocked on the pipe ends now
                stream.rethrowTarFailure();
                throw e;
            }
            stream.rethrowTarFailure();
            meter.done(body.count());
            return new Built(withFullConfig(container, repo, tag, changes, req, cleanup, warnings), t.view(), t.diffId(), false);
        } catch (RuntimeException e) {
            cancel.throwIfCancelled();
            throw e;
        } catch (Exception closing) {
            throw new IllegalStateException(closing);
        }
    }
}
