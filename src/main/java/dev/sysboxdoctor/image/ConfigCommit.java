package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sysboxdoctor.image.engine.EngineApi;
import java.util.UUID;

/**
 * Gives an imported image the container's complete config where import's {@code changes} cannot
 * (Healthcheck, values with newlines): commit a created, never started helper container of the
 * image with the config as the commit body. Its layer is empty; no file is touched.
 */
final class ConfigCommit {
    private ConfigCommit() {}

    static String run(EngineApi api, Cleanup cleanup, String image, JsonNode config, String repo, String tag, String message) {
        ObjectNode create = EngineApi.mapper().createObjectNode();
        create.put("Image", image);
        // No label of our own here: commit merges the helper's labels into the image.
        create.putObject("HostConfig").put("NetworkMode", "none");
        String helper = api.post("/containers/create?name=sysbox-doctor-config-" + UUID.randomUUID().toString().substring(0, 12), create)
                .path("Id").asText();
        cleanup.container(helper);
        String path = "/commit?container=" + helper + "&repo=" + EngineApi.q(repo) + "&tag=" + EngineApi.q(tag)
                + "&pause=0" + (message == null ? "" : "&comment=" + EngineApi.q(message));
        String id = api.post(path, config).path("Id").asText();
        cleanup.imageRef(repo + ":" + tag);
        return id;
    }
}
