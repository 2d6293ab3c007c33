package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.Difference.Aspect;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineError;
import dev.sysboxdoctor.image.engine.EngineStream;
import dev.sysboxdoctor.image.verify.ConfigDiff;
import dev.sysboxdoctor.image.verify.ContainerView;
import dev.sysboxdoctor.image.verify.HashAlgorithm;
import dev.sysboxdoctor.image.verify.ImageTarReader;
import dev.sysboxdoctor.image.verify.ImageView;
import dev.sysboxdoctor.image.verify.Scope;
import dev.sysboxdoctor.image.verify.TreeDiff;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Checks an image against a container: the container's view (read inside it, or through the
 * engine when it is stopped or holds no tools) against the image's filesystem (streamed from a created trial container), the config, ELF structure, and a
 * probe run in a trial container with the same runtime.
 */
final class Verifier {
    private final EngineApi api;
    private final ProgressListener progress;
    private final CancelToken cancel;

    Verifier(EngineApi api, ProgressListener progress, CancelToken cancel) {
        this.api = api;
        this.progress = progress;
        this.cancel = cancel;
    }

    VerificationResult verify(VerifyRequest request) {
        JsonNode image = inspectImage(api, request.image());
        Cleanup cleanup = new Cleanup(api);
        try {
            if (request.container() == null) {
                return check(request.image(), image, null, null, request.full(), cleanup, null);
            }
            JsonNode container = Containers.inspect(api, request.container());
            ContainerSide side = ContainerSide.start(api, container, request.full(), progress, cancel);
            side.readThroughEngine(); // alongside the image's read-back
            return check(request.image(), image, container, side, request.full(), cleanup, null);
        } finally {
            progress.onProgress(new Progress(Progress.Phase.CLEANING_UP, 0, -1, 0, null, "Removing the trial container"));
            cleanup.run();
        }
    }

    static boolean running(JsonNode container) {
        JsonNode s = container.path("State");
        return s.path("Running").asBoolean() && !s.path("Paused").asBoolean();
    }

    static JsonNode inspectImage(EngineApi api, String ref) {
        try {
            return api.get("/images/" + EngineApi.seg(ref) + "/json");
        } catch (EngineError e) {
            if (e.notFound()) {
                throw new ImageEngineException(Kind.NO_SUCH_IMAGE, "No such image: " + ref, e);
            }
            throw Containers.engineError(e);
        }
    }

    /**
     * @param container null to check the image on its own
     * @param side      the container's view (inside it or through the engine); null without a container
     * @param built     the build, when the image's tar went through this process (read and digested on the way); else null
     */
    VerificationResult check(String imageName, JsonNode image, JsonNode container, ContainerSide side, boolean full, Cleanup cleanup,
                             Builders.Built built) {
        List<String> notes = new ArrayList<>();
        String imageId = image.path("Id").asText();
        String containerName = container == null ? null : container.path("Name").asText().replaceFirst("^/", "");
        String runtime = container == null ? null : container.path("HostConfig").path("Runtime").asText(null);
        Scope scope = side != null ? side.scope() : Scope.initLayerOnly();
        if (!scope.mounts().isEmpty()) {
            notes.add("Not compared (mounts and volumes are not part of an image): " + String.join(", ", scope.mounts()));
        }
        cancel.throwIfCancelled();
        Trial trial = Trial.create(api, cleanup, imageId, runtime);
        ImageTarReader.HashRule rule = side != null ? side::mustHash : (p, perm) -> full;
        HashAlgorithm algorithm = side != null ? side.algorithm() : HashAlgorithm.MD5;
        List<Difference> layerDiffs = new ArrayList<>();
        ImageView view;
        // Through the engine, an export/import's tar is the container's own export: read once, it is both sides.
        boolean oneStream = built != null && built.streamed() != null && built.engineExport() && side != null
                && side.view() == ContainerSide.View.ENGINE;
        if (oneStream && !built.streamed().ended()) {
            throw new ImageEngineException(Kind.ENGINE_ERROR, "The container's export stopped before the end of its tar (cut short);"
                    + " the image cannot be shown to hold all of its files.");
        }
        if (built != null && built.streamed() != null) {
            // The tar was read on its way into docker import; the layer digest proves the image holds exactly it.
            view = built.streamed().within(scope);
            layerDiffs.addAll(layerIsTheStream(image, built.diffId()));
            notes.add("The image's files were read from the tar docker import stored (its layer digest " + built.diffId()
                    + " matches what was read), not read back.");
        } else {
            view = read(trial.export(), scope, rule, algorithm, image.path("Size").asLong(-1), Progress.Phase.READING_IMAGE,
                    "Reading the image's files");
        }
        progress.onProgress(new Progress(Progress.Phase.PROBING, 0, -1, 0, null, "Starting a trial container"));
        String probe = view.entries().containsKey("/bin/sh") ? trial.probe() : null;
        if (!view.entries().containsKey("/bin/sh")) {
            notes.add("The image has no /bin/sh: the trial container was not started.");
        }
        List<Difference> diffs = new ArrayList<>(layerDiffs);
        List<Unchecked> unchecked = new ArrayList<>();
        ContainerView theirs;
        if (oneStream) {
            theirs = EngineView.asContainerView(view, algorithm, true, List.of("The container's files were read once, through the engine:"
                    + " its export stream went into docker import, and the image's layer digest is its SHA-256, so the image"
                    + " holds exactly the bytes the engine gave for the container, every file's content included."));
        } else {
            theirs = side != null ? side.await() : null;
        }
        long compared = 0;
        long hashed = 0;
        if (theirs != null) {
            TreeDiff.Comparison c = TreeDiff.compareAll(theirs, view);
            diffs.addAll(c.differences());
            unchecked.addAll(c.unchecked());
            compared = theirs.entries().size();
            hashed = theirs.hashed().size();
            notes.addAll(theirs.notes());
        } else {
            diffs.addAll(view.problems());
        }
        if (container != null) {
            diffs.addAll(ConfigDiff.compare(container.path("Config"), image.path("Config")));
        }
        if (probe != null) {
            diffs.add(new Difference("probe", Aspect.PROBE, Trial.PROBE_OK, probe));
        }
        Verdict verdict = diffs.isEmpty() ? Verdict.PASSED : Verdict.FAILED;
        return new VerificationResult(imageName, containerName, verdict, diffs, compared, hashed, view.elfChecked(),
                view.bytes(), probe == null ? (view.entries().containsKey("/bin/sh") ? "ok" : "not run") : probe, notes,
                side == null ? null : side.view().label, side == null ? null : oneStream ? side.oneStreamTool() : side.tool(),
                side == null ? null : side.limits(),
                unchecked);
    }

    /** docker's empty-layer digest (1024 zero bytes), which a config-only commit may record. */
    static final String EMPTY_LAYER = "sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef";

    static List<Difference> layerIsTheStream(JsonNode image, String diffId) {
        List<String> layers = new ArrayList<>();
        image.path("RootFS").path("Layers").forEach(l -> layers.add(l.asText()));
        boolean ok = !layers.isEmpty() && layers.get(0).equals(diffId)
                && layers.subList(1, layers.size()).stream().allMatch(EMPTY_LAYER::equals);
        return ok ? List.of() : List.of(new Difference("image:layers", Aspect.LAYER, "[" + diffId + "]", layers.toString()));
    }

    private ImageView read(EngineStream stream, Scope scope, ImageTarReader.HashRule rule, HashAlgorithm algorithm, long total,
                           Progress.Phase phase, String what) {
        Meter meter = new Meter(progress, phase, total, what);
        try (stream; AutoCloseable unregister = cancel.closeOnCancel(stream)) {
            ImageView v = new ImageTarReader(scope, rule, algorithm, cancel, meter::update).read(stream.body());
            meter.done(v.bytes());
            return v;
        } catch (IOException e) {
            cancel.throwIfCancelled();
            throw new ImageEngineException(Kind.ENGINE_ERROR, "Reading the filesystem stream failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (cancel.isCancelled()) {
                throw new CancellationException("cancelled");
            }
            throw e;
        } catch (Exception closeFailed) {
            throw new IllegalStateException(closeFailed);
        }
    }
}
