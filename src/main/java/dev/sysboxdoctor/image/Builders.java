package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineStream;
import dev.sysboxdoctor.image.verify.ConfigDiff;
import java.util.List;

/** Builds a temporary image from the container with one strategy; returns the temporary reference. */
final class Builders {
    private final EngineApi api;
    private final ProgressListener progress;
    private final CancelToken cancel;

    Builders(EngineApi api, ProgressListener progress, CancelToken cancel) {
        this.api = api;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** docker commit, pausing as asked, with author and message. */
    String commit(JsonNode container, String repo, String tag, SaveRequest req, Cleanup cleanup) {
        progress.onProgress(new Progress(Progress.Phase.COMMITTING, 0, -1, 0, null,
                req.pause() ? "Committing (the container is paused meanwhile)" : "Committing"));
        String path = "/commit?container=" + container.path("Id").asText() + "&repo=" + EngineApi.q(repo) + "&tag=" + EngineApi.q(tag)
                + "&pause=" + (req.pause() ? "1" : "0")
                + (req.author() == null ? "" : "&author=" + EngineApi.q(req.author()))
                + (req.message() == null ? "" : "&comment=" + EngineApi.q(req.message()));
        cleanup.imageRef(repo + ":" + tag);
        api.post(path, null);
        return repo + ":" + tag;
    }

    /** docker export of the (running) container streamed straight into docker import, with the config as changes. */
    String exportImport(JsonNode container, String repo, String tag, SaveRequest req, Cleanup cleanup, List<String> warnings) {
        String id = container.path("Id").asText();
        long total = api.get("/containers/" + id + "/json?size=1").path("SizeRootFs").asLong(-1);
        Meter meter = new Meter(progress, Progress.Phase.EXPORTING, total, "Exporting the container into a new image");
        ImportChanges.Result changes = ImportChanges.from(container.path("Config"));
        cleanup.imageRef(repo + ":" + tag);
        try (EngineStream export = api.stream(Request.Method.GET, "/containers/" + id + "/export", null);
             AutoCloseable unregister = cancel.closeOnCancel(export)) {
            CountingInputStream body = new CountingInputStream(export.body(), meter::update);
            TarImport.run(api, body, repo, tag, changes.changes(), req.message());
            meter.done(body.count());
        } catch (RuntimeException e) {
            cancel.throwIfCancelled();
            throw e;
        } catch (Exception closing) {
            throw new IllegalStateException(closing);
        }
        return withFullConfig(container, repo, tag, changes, req, cleanup, warnings);
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
    String snapshot(JsonNode container, ContainerSide side, String repo, String tag, SaveRequest req, Cleanup cleanup,
                    List<String> warnings) {
        if (side == null) {
            throw new ImageEngineException(ImageEngineException.Kind.CONTAINER_NOT_RUNNING,
                    "A snapshot is taken inside the running container, and " + Containers.info(container).name() + " is not running.");
        }
        String id = container.path("Id").asText();
        SnapshotTar tar = new SnapshotTar(api, id, side.listing(), cancel);
        tar.checkTarAvailable();
        Meter meter = new Meter(progress, Progress.Phase.SNAPSHOTTING, tar.totalBytes(), "Taking a snapshot inside the container");
        ImportChanges.Result changes = ImportChanges.from(container.path("Config"));
        cleanup.imageRef(repo + ":" + tag);
        try (SnapshotTar.Stream stream = tar.open(); AutoCloseable unregister = cancel.closeOnCancel(stream)) {
            CountingInputStream body = new CountingInputStream(stream.input(), meter::update);
            try {
                TarImport.run(api, body, repo, tag, changes.changes(), req.message());
            } catch (RuntimeException e) {
                stream.close(); // a writer blocked on the pipe ends now
                stream.rethrowTarFailure();
                throw e;
            }
            stream.rethrowTarFailure();
            meter.done(body.count());
        } catch (RuntimeException e) {
            cancel.throwIfCancelled();
            throw e;
        } catch (Exception closing) {
            throw new IllegalStateException(closing);
        }
        return withFullConfig(container, repo, tag, changes, req, cleanup, warnings);
    }
}
