package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * docker import of a streamed tar: a raw POST /images/create?fromSrc=- with the tar as body
 * (docker-java's createImageCmd JSON-encodes the stream, see toolchain facts).
 */
final class TarImport {
    private TarImport() {}

    /** Imports {@code tar} as repo:tag and returns the image id. */
    static String run(EngineApi api, InputStream tar, String repo, String tag, List<String> changes, String message) {
        StringBuilder path = new StringBuilder("/images/create?fromSrc=-&repo=").append(EngineApi.q(repo))
                .append("&tag=").append(EngineApi.q(tag));
        if (message != null && !message.isBlank()) {
            path.append("&message=").append(EngineApi.q(message));
        }
        for (String c : changes) {
            path.append("&changes=").append(EngineApi.q(c));
        }
        String id = null;
        try (InputStream resp = api.upload(path.toString(), "application/x-tar", tar);
             MappingIterator<JsonNode> it = EngineApi.mapper().readerFor(JsonNode.class).readValues(resp)) {
            while (it.hasNextValue()) {
                JsonNode m = it.nextValue();
                if (m.has("error")) {
                    throw new ImageEngineException(Kind.ENGINE_ERROR, "docker import failed: " + m.path("error").asText());
                }
                String status = m.path("status").asText("");
                if (status.startsWith("sha256:")) {
                    id = status;
                }
            }
        } catch (IOException e) {
            throw new ImageEngineException(Kind.ENGINE_ERROR, "docker import failed: " + e.getMessage(), e);
        }
        if (id == null) {
            throw new ImageEngineException(Kind.ENGINE_ERROR, "docker import answered without an image id");
        }
        return id;
    }
}
