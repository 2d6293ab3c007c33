package dev.sysboxdoctor.image;

import dev.sysboxdoctor.host.CancelToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recreates a container from its backup image with the old container's whole configuration (its
 * inspect's Config, HostConfig and networks; the image is the backup). The old container is never
 * deleted: it is stopped, renamed {@code NAME.before-restore-<UTC time>} and kept.
 *
 * <p>A running old container is always stopped first, ports or not: two copies running at once
 * would fight over host ports, named volumes and network aliases, and a stopped one keeps its
 * changes (Sysbox keeps the clone across docker stop/start). Clashes that can be seen beforehand
 * (the kept name taken, a named volume gone, a host port held by another container) refuse before
 * anything changes; any later failure (create, start, verification, cancel) rolls back: the new
 * container is removed (its volumes are not), the old one gets its name back and runs again if it ran.
 */
final class Restorer {
    static final String KEPT_SUFFIX = ".before-restore-";
    private static final Logger LOG = LoggerFactory.getLogger(Restorer.class);
    private final EngineApi api;
    private final ProgressListener progress;
    private final CancelToken cancel;
    private final Clock clock;

    Restorer(EngineApi api, ProgressListener progress, CancelToken cancel, Clock clock) {
        this.api = api;
        this.progress = progress;
        this.cancel = cancel;
        this.clock = clock;
    }

    RestoreOutcome restore(RestoreRequest req) {
        step("Inspecting " + req.image() + " and " + req.container());
        Verifier.inspectImage(api, req.image());
        JsonNode old = inspectOld(req.container());
        String oldId = old.path("Id").asText();
        String name = old.path("Name").asText().replaceFirst("^/", "");
        String keptAs = name + KEPT_SUFFIX + BackupTags.TIME.format(clock.instant());
        RestoreSpec spec = RestoreSpec.of(old, req.image());
        refuseClashes(oldId, keptAs, spec);
        boolean wasRunning = old.path("State").path("Running").asBoolean();
        cancel.throwIfCancelled();

        Rollback rollback = new Rollback(oldId, name);
        try {
            if (wasRunning) {
                step("Stopping " + name);
                api.post("/containers/" + oldId + "/stop", null);
                rollback.stopped = true;
            }
            step("Renaming " + name + " to " + keptAs);
            api.post("/containers/" + oldId + "/rename?name=" + EngineApi.q(keptAs), null);
            rollback.renamed = true;
            cancel.throwIfCancelled();
            step("Creating " + name + " from " + req.image());
            String newId = create(name, spec);
            rollback.newId = newId;
            List<String> notes = new ArrayList<>(connectOtherNetworks(newId, spec));
            boolean start = wasRunning || req.startEvenIfStopped();
            if (start) {
                step("Starting " + name);
                start(newId);
            }
            cancel.throwIfCancelled();
            VerificationResult v = new Verifier(api, progress, cancel).verify(new VerifyRequest(req.image(), newId, false));
            if (!v.passed()) {
                notes.add("The new container did not match the backup; it was removed. " + rollback.run());
                return new RestoreOutcome(name, req.image(), null, null, false, v, notes);
            }
            if (!start) {
                notes.add("The old container was stopped, so the new one was not started.");
            }
            return new RestoreOutcome(name, req.image(), newId, keptAs, start, v, notes);
        } catch (CancellationException e) {
            throw new CancellationException("cancelled; " + rollback.run());
        } catch (RuntimeException e) {
            boolean cancelled = cancel.isCancelled();
            String undone = rollback.run();
            if (cancelled) {
                throw new CancellationException("cancelled; " + undone);
            }
            throw explain(e, undone);
        }
    }

    private JsonNode inspectOld(String nameOrId) {
        try {
            return Containers.inspect(api, nameOrId);
        } catch (ImageEngineException e) {
            if (e.kind() == Kind.NO_SUCH_CONTAINER) {
                throw new ImageEngineException(Kind.NO_SUCH_CONTAINER, "No such container: " + nameOrId
                        + ". A restore takes its configuration from the container it replaces.", e);
            }
            throw e;
        }
    }

    private void refuseClashes(String oldId, String keptAs, RestoreSpec spec) {
        if (exists("/containers/" + EngineApi.seg(keptAs) + "/json")) {
            throw new ImageEngineException(Kind.CLASH, "A container named " + keptAs
                    + " already exists (the name the old container would be kept under); nothing was changed.");
        }
        for (String volume : spec.namedVolumes()) {
            if (!exists("/volumes/" + EngineApi.seg(volume))) {
                throw new ImageEngineException(Kind.CLASH, "The volume " + volume
                        + " the container used no longer exists; a restore would start with an empty one. Nothing was changed.");
            }
        }
        if (spec.hostPorts().isEmpty()) {
            return;
        }
        for (JsonNode c : api.get("/containers/json")) {
            if (c.path("Id").asText().equals(oldId)) {
                continue;
            }
            for (JsonNode p : c.path("Ports")) {
                String held = p.path("PublicPort").asText("");
                String type = p.path("Type").asText("tcp");
                if (!held.isEmpty() && spec.hostPorts().contains(held + "/" + type)) {
                    String other = c.path("Names").path(0).asText("").replaceFirst("^/", "");
                    throw new ImageEngineException(Kind.CLASH, "The host port " + held + "/" + type + " is held by the container "
                            + other + "; nothing was changed.");
                }
            }
        }
    }

    private boolean exists(String path) {
        try {
            api.get(path);
            return true;
        } catch (EngineError e) {
            if (e.notFound()) {
                return false;
            }
            throw Containers.engineError(e);
        }
    }

    private String create(String name, RestoreSpec spec) {
        try {
            return api.post("/containers/create?name=" + EngineApi.q(name), spec.createBody()).path("Id").asText();
        } catch (EngineError e) {
            if (e.status() == 409) {
                throw new ImageEngineException(Kind.CLASH, "The name " + name + " is taken: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    private List<String> connectOtherNetworks(String newId, RestoreSpec spec) {
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> n : spec.otherNetworks().entrySet()) {
            ObjectNode body = EngineApi.mapper().createObjectNode();
            body.put("Container", newId);
            body.set("EndpointConfig", n.getValue());
            api.post("/networks/" + EngineApi.seg(n.getKey()) + "/connect", body);
            notes.add("Connected to the network " + n.getKey() + " as before.");
        }
        return notes;
    }

    private void start(String id) {
        try {
            api.post("/containers/" + id + "/start", null);
        } catch (EngineError e) {
            String m = e.getMessage();
            if (m.contains("port is already allocated") || m.contains("address already in use")) {
                throw new ImageEngineException(Kind.CLASH, "A host port of the container is taken: " + m, e);
            }
            throw e;
        }
    }

    private static ImageEngineException explain(RuntimeException e, String rolledBack) {
        String undone = " " + rolledBack;
        if (e instanceof ImageEngineException iee) {
            return new ImageEngineException(iee.kind(), iee.getMessage() + undone, iee);
        }
        if (e instanceof EngineError ee) {
            return new ImageEngineException(Kind.ENGINE_ERROR, "Docker Engine: " + ee.getMessage() + "." + undone, ee);
        }
        return new ImageEngineException(Kind.ENGINE_ERROR, String.valueOf(e.getMessage()) + undone, e);
    }

    private void step(String message) {
        progress.onProgress(new Progress(Progress.Phase.PREPARING, 0, -1, 0, null, message));
    }

    /** Undoes a half-done restore, newest first; runs with the interrupt flag cleared, as Cleanup does. */
    private final class Rollback {
        private final String oldId;
        private final String name;
        boolean stopped;
        boolean renamed;
        String newId;

        Rollback(String oldId, String name) {
            this.oldId = oldId;
            this.name = name;
        }

        /** Undoes what was done; returns one sentence on the old container's state for the user. */
        String run() {
            boolean interrupted = Thread.interrupted();
            List<String> problems = new ArrayList<>();
            try {
                progress.onProgress(new Progress(Progress.Phase.CLEANING_UP, 0, -1, 0, null, "Undoing the restore of " + name));
                if (newId != null) {
                    // v=0: the new container may use the old one's volumes; never remove a volume.
                    quietly(() -> api.delete("/containers/" + newId + "?force=1&v=0"), "remove the new container " + newId, problems);
                }
                if (renamed) {
                    quietly(() -> api.post("/containers/" + oldId + "/rename?name=" + EngineApi.q(name), null),
                            "give the old container its name back", problems);
                }
                if (stopped) {
                    quietly(() -> api.post("/containers/" + oldId + "/start", null), "start the old container again", problems);
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            return problems.isEmpty() ? "The old container " + name + " is as it was."
                    : "Undoing the restore of " + name + " did not fully work: could not " + String.join("; could not ", problems) + ".";
        }

        private void quietly(Runnable r, String what, List<String> problems) {
            try {
                r.run();
            } catch (RuntimeException e) {
                LOG.warn("rolling back the restore of {}: {}: {}", name, what, e.getMessage());
                problems.add(what + " (" + e.getMessage() + ")");
            }
        }
    }
}
