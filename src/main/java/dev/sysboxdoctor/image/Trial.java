package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import dev.sysboxdoctor.image.engine.Demux;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineError;
import dev.sysboxdoctor.image.engine.EngineStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CancellationException;

/**
 * A trial container of an image: created (not started) its export is the image's merged
 * filesystem; then started, with the given runtime and no network, it runs a probe. It is a
 * temporary: registered with {@link Cleanup} the moment it exists.
 */
final class Trial {
    static final String PROBE_OK = "sysbox-doctor-probe-ok";
    static final String LABEL = "dev.sysboxdoctor.temporary";
    private static final long PROBE_TIMEOUT_MS = 60_000;
    private final EngineApi api;
    private final String id;

    private Trial(EngineApi api, String id) {
        this.api = api;
        this.id = id;
    }

    static Trial create(EngineApi api, Cleanup cleanup, String image, String runtime) {
        ObjectNode body = EngineApi.mapper().createObjectNode();
        body.put("Image", image);
        body.putArray("Entrypoint").add("/bin/sh").add("-c").add("echo " + PROBE_OK);
        body.putArray("Cmd");
        body.put("NetworkDisabled", true);
        body.putObject("Labels").put(LABEL, "trial");
        ObjectNode host = body.putObject("HostConfig");
        host.put("NetworkMode", "none");
        if (runtime != null) {
            host.put("Runtime", runtime);
        }
        String name = "sysbox-doctor-trial-" + UUID.randomUUID().toString().substring(0, 12);
        String id = api.post("/containers/create?name=" + name, body).path("Id").asText();
        cleanup.container(id);
        return new Trial(api, id);
    }

    String id() {
        return id;
    }

    EngineStream export() {
        return api.stream(Request.Method.GET, "/containers/" + id + "/export", null);
    }

    /** Starts the probe and returns null when it printed its marker and exited 0, else what went wrong, verbatim. */
    String probe() {
        try {
            api.post("/containers/" + id + "/start", null);
        } catch (EngineError e) {
            return "could not start: " + e.getMessage().replaceAll(" \\(HTTP \\d+ .*\\)$", "");
        }
        long deadline = System.currentTimeMillis() + PROBE_TIMEOUT_MS;
        JsonNode state;
        while (true) {
            state = api.get("/containers/" + id + "/json").path("State");
            if (!state.path("Running").asBoolean() || System.currentTimeMillis() > deadline) {
                break;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("cancelled");
            }
        }
        if (state.path("Running").asBoolean()) {
            return "the probe did not finish within " + PROBE_TIMEOUT_MS / 1000 + " s";
        }
        String output = logs();
        int exit = state.path("ExitCode").asInt(-1);
        if (exit == 0 && output.contains(PROBE_OK)) {
            return null;
        }
        String error = state.path("Error").asText("");
        return "exit " + exit + (error.isBlank() ? "" : ", " + error) + (output.isBlank() ? "" : ": " + output.strip());
    }

    private String logs() {
        try (EngineStream s = api.stream(Request.Method.GET, "/containers/" + id + "/logs?stdout=1&stderr=1", null)) {
            Demux d = new Demux(s.body());
            String out = new String(d.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            return out + d.stderrText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
