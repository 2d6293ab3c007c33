package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sysboxdoctor.image.engine.EngineApi;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The old container's configuration as a create request for its successor: Config (image replaced
 * by the backup), HostConfig as it was, the primary network's endpoint, and the other networks to
 * connect afterwards. Volumes the old container got implicitly (anonymous ones, from the image's
 * VOLUME) are mounted by name, so the successor sees the same data instead of empty new volumes.
 */
record RestoreSpec(ObjectNode createBody, Map<String, ObjectNode> otherNetworks, List<String> namedVolumes, Set<String> hostPorts) {

    static RestoreSpec of(JsonNode inspect, String image) {
        ObjectNode body = inspect.path("Config").isObject()
                ? ((ObjectNode) inspect.path("Config")).deepCopy() : EngineApi.mapper().createObjectNode();
        body.put("Image", image);
        ObjectNode host = inspect.path("HostConfig").isObject()
                ? ((ObjectNode) inspect.path("HostConfig")).deepCopy() : EngineApi.mapper().createObjectNode();
        List<String> named = mountImplicitVolumes(inspect, host);
        body.set("HostConfig", host);

        String shortId = inspect.path("Id").asText("");
        shortId = shortId.substring(0, Math.min(12, shortId.length()));
        String mode = host.path("NetworkMode").asText("default");
        // The default bridge takes no endpoint settings (and may not exist: dockerd --bridge=none).
        boolean defaultBridge = mode.equals("default") || mode.equals("bridge");
        String primary = defaultBridge ? "bridge" : mode;
        Map<String, ObjectNode> others = new LinkedHashMap<>();
        ObjectNode endpoints = EngineApi.mapper().createObjectNode();
        var networks = inspect.path("NetworkSettings").path("Networks").fields();
        while (networks.hasNext()) {
            var n = networks.next();
            ObjectNode endpoint = endpoint(n.getValue(), shortId);
            if (n.getKey().equals(primary)) {
                if (!defaultBridge) {
                    endpoints.set(n.getKey(), endpoint);
                }
            } else if (!isSpecial(mode)) {
                others.put(n.getKey(), endpoint);
            }
        }
        if (!endpoints.isEmpty() && !isSpecial(mode)) {
            ObjectNode networking = EngineApi.mapper().createObjectNode();
            networking.set("EndpointsConfig", endpoints);
            body.set("NetworkingConfig", networking);
        }
        return new RestoreSpec(body, others, named, hostPorts(host));
    }

    /** host, none and container:X take no endpoint settings. */
    private static boolean isSpecial(String mode) {
        return mode.equals("host") || mode.equals("none") || mode.startsWith("container:");
    }

    /** What a create accepts of an inspected endpoint; the old container's short id is no alias of the new one. */
    private static ObjectNode endpoint(JsonNode inspected, String oldShortId) {
        ObjectNode e = EngineApi.mapper().createObjectNode();
        for (String field : List.of("IPAMConfig", "Links", "DriverOpts")) {
            if (!inspected.path(field).isMissingNode() && !inspected.path(field).isNull()) {
                e.set(field, inspected.path(field).deepCopy());
            }
        }
        ArrayNode aliases = EngineApi.mapper().createArrayNode();
        for (JsonNode a : inspected.path("Aliases")) {
            if (!a.asText().equals(oldShortId)) {
                aliases.add(a.asText());
            }
        }
        if (!aliases.isEmpty()) {
            e.set("Aliases", aliases);
        }
        return e;
    }

    /**
     * Adds a volume mount for each volume of the old container that its HostConfig does not name
     * (Docker created it from the image's VOLUME); returns the names of all volumes it uses.
     */
    private static List<String> mountImplicitVolumes(JsonNode inspect, ObjectNode host) {
        Set<String> declared = new HashSet<>();
        for (JsonNode b : host.path("Binds")) {
            String[] parts = b.asText().split(":");
            if (parts.length >= 2) {
                declared.add(parts[1]);
            }
        }
        for (JsonNode m : host.path("Mounts")) {
            declared.add(m.path("Target").asText());
        }
        Set<String> names = new LinkedHashSet<>();
        ArrayNode mounts = host.path("Mounts").isArray() ? (ArrayNode) host.path("Mounts") : EngineApi.mapper().createArrayNode();
        for (JsonNode m : inspect.path("Mounts")) {
            if (!m.path("Type").asText().equals("volume") || m.path("Name").asText().isEmpty()) {
                continue;
            }
            names.add(m.path("Name").asText());
            if (declared.contains(m.path("Destination").asText())) {
                continue;
            }
            ObjectNode v = EngineApi.mapper().createObjectNode();
            v.put("Type", "volume");
            v.put("Source", m.path("Name").asText());
            v.put("Target", m.path("Destination").asText());
            v.put("ReadOnly", !m.path("RW").asBoolean(true));
            mounts.add(v);
        }
        if (!mounts.isEmpty()) {
            host.set("Mounts", mounts);
        }
        return new ArrayList<>(names);
    }

    /** "8080/tcp" for each host port the container publishes. */
    private static Set<String> hostPorts(JsonNode host) {
        Set<String> ports = new LinkedHashSet<>();
        var bindings = host.path("PortBindings").fields();
        while (bindings.hasNext()) {
            var b = bindings.next();
            String type = b.getKey().contains("/") ? b.getKey().substring(b.getKey().indexOf('/') + 1) : "tcp";
            for (JsonNode h : b.getValue()) {
                String port = h.path("HostPort").asText("");
                if (!port.isEmpty()) {
                    ports.add(port + "/" + type);
                }
            }
        }
        return ports;
    }
}
