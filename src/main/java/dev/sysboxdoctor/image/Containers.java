package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineError;

/** Reading containers from the engine and turning engine errors into user-fit ones. */
final class Containers {
    private Containers() {}

    static JsonNode inspect(EngineApi api, String nameOrId) {
        try {
            return api.get("/containers/" + EngineApi.seg(nameOrId) + "/json");
        } catch (EngineError e) {
            if (e.notFound()) {
                throw new ImageEngineException(Kind.NO_SUCH_CONTAINER, "No such container: " + nameOrId, e);
            }
            throw engineError(e);
        }
    }

    static ContainerInfo info(JsonNode inspect) {
        String runtime = inspect.path("HostConfig").path("Runtime").asText("runc");
        return new ContainerInfo(
                inspect.path("Id").asText(),
                inspect.path("Name").asText().replaceFirst("^/", ""),
                inspect.path("Config").path("Image").asText(),
                runtime,
                inspect.path("State").path("Status").asText("unknown"),
                ContainerInfo.SYSBOX_RUNTIME.equals(runtime));
    }

    static ImageEngineException engineError(EngineError e) {
        return new ImageEngineException(Kind.ENGINE_ERROR, "Docker Engine: " + e.getMessage(), e);
    }
}
