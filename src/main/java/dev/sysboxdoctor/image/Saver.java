package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineError;
import dev.sysboxdoctor.image.verify.ImageTarReader;
import dev.sysboxdoctor.image.verify.Scope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A save: builds the image under a temporary name with each planned strategy in turn, verifies
 * it, and moves the user's tag only to an image that passed. The source container is only read
 * (commit pauses it when asked); every temporary is removed whatever happens.
 */
final class Saver {
    static final String TEMP_REPO = "sysbox-doctor-tmp";
    private static final Logger LOG = LoggerFactory.getLogger(Saver.class);
    private final EngineApi api;
    private final ProgressListener progress;
    private final CancelToken cancel;

    Saver(EngineApi api, ProgressListener progress, CancelToken cancel) {
        this.api = api;
        this.progress = progress;
        this.cancel = cancel;
    }

    SaveOutcome save(SaveRequest req) {
        TagCheck tag = ImageTags.validate(req.tag());
        if (!tag.valid()) {
            throw new ImageEngineException(Kind.BAD_TAG, "Bad tag '" + req.tag() + "': " + tag.message());
        }
        progress.onProgress(new Progress(Progress.Phase.PREPARING, 0, -1, 0, null, "Inspecting " + req.container()));
        JsonNode container = Containers.inspect(api, req.container());
        String containerId = container.path("Id").asText();
        ContainerInfo info = Containers.info(container);
        if (!req.force() && new ImageService(api).tagExists(tag.reference())) {
            throw new ImageEngineException(Kind.TAG_EXISTS, "The tag " + tag.reference() + " already exists; use --force to replace it.");
        }
        boolean wasRunning = Verifier.running(container);
        List<Strategy> plan = StrategyPlan.attempts(req.strategy(), req.sysboxModeHint(), info.sysbox(), wasRunning);
        List<SaveAttempt> attempts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ContainerSide side = null;
        Builders builders = new Builders(api, progress, cancel);
        Verifier verifier = new Verifier(api, progress, cancel);
        for (Strategy strategy : plan) {
            long start = System.nanoTime();
            Cleanup cleanup = new Cleanup(api);
            String tempTag = UUID.randomUUID().toString().substring(0, 12) + "-" + strategy.cliName();
            try {
                cancel.throwIfCancelled();
                // docker exec cannot enter a container paused for a commit: its side is read after the commit.
                boolean pausingCommit = strategy.pausesContainer(req, Verifier.running(container));
                if (side == null && !pausingCommit) {
                    side = ContainerSide.start(api, container, req.fullVerify(), progress, cancel);
                } else if (side != null && side.failed()) {
                    side.await(); // its failure (e.g. no find/stat inside) fails this attempt before building
                }
                // Only an export/import reads the container's own export on its way into the image (unless --full).
                boolean needsEngineRead = strategy == Strategy.COMMIT || (req.fullVerify() && strategy == Strategy.EXPORT_IMPORT);
                if (side != null && needsEngineRead) {
                    side.readThroughEngine();
                }
                List<String> attemptWarnings = new ArrayList<>();
                // --full also reads the image back from the engine instead of trusting the digest-proven stream.
                ImageTarReader onTheWay = side == null || req.fullVerify() ? null : streamReader(side);
                Builders.Built built;
                try {
                    built = strategy.build(builders,
                            new Builders.Job(container, TEMP_REPO, tempTag, req, cleanup, attemptWarnings, onTheWay, side));
                } finally {
                    if (side != null) {
                        side.streamEnded();
                    }
                }
                if (side == null) {
                    side = ContainerSide.start(api, container, req.fullVerify(), progress, cancel);
                    side.readThroughEngine(); // nothing was streamed for it
                }
                JsonNode image = Verifier.inspectImage(api, built.ref());
                VerificationResult result = verifier.check(tag.reference(), image, container, side, req.fullVerify(), cleanup, built);
                if (!result.passed()) {
                    failIfContainerGone(containerId, req.container(), wasRunning, null);
                }
                attempts.add(new SaveAttempt(strategy, result, null, elapsed(start)));
                if (result.passed()) {
                    // The comparison is only worth something if the container was there all along.
                    failIfContainerGone(containerId, req.container(), wasRunning, null);
                    warnings.addAll(attemptWarnings);
                    String imageId = image.path("Id").asText();
                    moveTag(imageId, tag);
                    return new SaveOutcome(true, tag.reference(), imageId, strategy, attempts, warnings);
                }
            } catch (CancellationException e) {
                throw e;
            } catch (RuntimeException e) {
                if (cancel.isCancelled()) {
                    throw new CancellationException("cancelled");
                }
                failIfContainerGone(containerId, req.container(), wasRunning, e);
                if (e instanceof ImageEngineException iee && iee.kind() == Kind.ENGINE_UNREACHABLE) {
                    throw iee;
                }
                LOG.debug("{} failed", strategy, e);
                attempts.add(new SaveAttempt(strategy, null, message(e), elapsed(start)));
            } finally {
                progress.onProgress(new Progress(Progress.Phase.CLEANING_UP, 0, -1, 0, null, "Removing temporary containers and images"));
                cleanup.run();
            }
        }
        return new SaveOutcome(false, tag.reference(), null, null, attempts, warnings);
    }

    /**
     * Builds the image with the request's strategy (AUTO: the first of its plan) under a temporary
     * name and removes it again: no verification, no tag. For measuring the copy path alone.
     *
     * @return the size of the built image in bytes
     */
    long buildOnly(SaveRequest req) {
        JsonNode container = Containers.inspect(api, req.container());
        Strategy strategy = StrategyPlan.attempts(req.strategy(), req.sysboxModeHint(), Containers.info(container).sysbox(),
                Verifier.running(container)).get(0);
        Cleanup cleanup = new Cleanup(api);
        String tempTag = UUID.randomUUID().toString().substring(0, 12) + "-" + strategy.cliName();
        Builders builders = new Builders(api, progress, cancel);
        List<String> warnings = new ArrayList<>();
        try {
            ContainerSide side = strategy.readsInsideToBuild() ? ContainerSide.start(api, container, false, progress, cancel) : null;
            Builders.Built built = strategy.build(builders, new Builders.Job(container, TEMP_REPO, tempTag, req, cleanup, warnings, null, side));
            return Verifier.inspectImage(api, built.ref()).path("Size").asLong();
        } finally {
            cleanup.run();
        }
    }

    /** Reads the tar on its way into import with the same scope and hash rule the read-back would use. */
    private ImageTarReader streamReader(ContainerSide side) {
        // Mount points are not known before the listing: the verifier narrows the view to the scope afterwards.
        return new ImageTarReader(Scope.initLayerOnly(), side.streamHashRule(), side.algorithm(), cancel, n -> { });
    }

    private void moveTag(String imageId, TagCheck tag) {
        progress.onProgress(new Progress(Progress.Phase.TAGGING, 0, -1, 0, null, "Tagging " + tag.reference()));
        api.post("/images/" + EngineApi.seg(imageId) + "/tag?repo=" + EngineApi.q(tag.repository()) + "&tag=" + EngineApi.q(tag.tag()), null);
    }

    /** A container removed or stopped meanwhile makes any comparison with it void: exit 3, nothing kept. */
    private void failIfContainerGone(String id, String name, boolean wasRunning, RuntimeException cause) {
        JsonNode now;
        try {
            now = api.get("/containers/" + id + "/json");
        } catch (EngineError e) {
            if (e.notFound()) {
                throw new ImageEngineException(Kind.CONTAINER_GONE, "The container " + name
                        + " was removed during the save; nothing was kept.", cause);
            }
            return;
        }
        String status = now.path("State").path("Status").asText();
        if (status.equals("removing") || status.equals("dead")) {
            throw new ImageEngineException(Kind.CONTAINER_GONE, "The container " + name
                    + " was removed during the save; nothing was kept.", cause);
        }
        if (wasRunning && !now.path("State").path("Running").asBoolean()) {
            throw new ImageEngineException(Kind.CONTAINER_GONE, "The container " + name
                    + " stopped during the save; nothing was kept.", cause);
        }
        if (!wasRunning && now.path("State").path("Running").asBoolean()) {
            throw new ImageEngineException(Kind.CONTAINER_GONE, "The container " + name
                    + " was started during the save (its files may have changed meanwhile); nothing was kept.", cause);
        }
    }

    private static String message(RuntimeException e) {
        if (e instanceof EngineError) {
            return "Docker Engine: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
