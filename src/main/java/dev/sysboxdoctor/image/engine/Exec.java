package dev.sysboxdoctor.image.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs a program inside a running container through the engine (docker exec), as root, without a
 * TTY. The argv is passed as a list: names are never spliced into a shell string.
 */
public final class Exec {
    private final EngineApi api;

    public Exec(EngineApi api) {
        this.api = api;
    }

    /** A started exec: read {@link #stdout()} to the end, then ask {@link #exitCode()}. */
    public final class Running implements AutoCloseable {
        private final String execId;
        private final EngineStream stream;
        private final Demux demux;

        Running(String execId, EngineStream stream) {
            this.execId = execId;
            this.stream = stream;
            this.demux = new Demux(stream.body());
        }

        public InputStream stdout() {
            return demux;
        }

        public String stderr() {
            return demux.stderrText();
        }

        /** The exit code once the output ended; -1 if the engine does not know (yet). */
        public int exitCode() {
            for (int i = 0; i < 100; i++) {
                JsonNode info = api.get("/exec/" + execId + "/json");
                if (!info.path("Running").asBoolean(false)) {
                    return info.path("ExitCode").asInt(-1);
                }
                try {
                    Thread.sleep(20); // the output ended a moment before the engine noticed the exit
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
            return -1;
        }

        @Override
        public void close() {
            stream.close();
        }
    }

    public record Result(int exitCode, byte[] stdout, String stderr) {}

    public Running start(String container, List<String> argv) {
        return start(container, argv, List.of());
    }

    /** @param env "NAME=value" entries added to the program's environment */
    public Running start(String container, List<String> argv, List<String> env) {
        ObjectNode create = EngineApi.mapper().createObjectNode();
        var e = create.putArray("Env");
        env.forEach(e::add);
        create.put("AttachStdout", true).put("AttachStderr", true).put("AttachStdin", false).put("Tty", false).put("User", "0");
        var cmd = create.putArray("Cmd");
        argv.forEach(cmd::add);
        String id = api.post("/containers/" + EngineApi.seg(container) + "/exec", create).path("Id").asText();
        ObjectNode start = EngineApi.mapper().createObjectNode().put("Detach", false).put("Tty", false);
        return new Running(id, api.stream(Request.Method.POST, "/exec/" + id + "/start", start));
    }

    /** Runs to the end and returns everything (for listings; not for file contents). */
    public Result run(String container, List<String> argv) {
        return run(container, argv, List.of());
    }

    public Result run(String container, List<String> argv, List<String> env) {
        try (Running r = start(container, argv, env)) {
            byte[] out = r.stdout().readAllBytes();
            return new Result(r.exitCode(), out, r.stderr());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
