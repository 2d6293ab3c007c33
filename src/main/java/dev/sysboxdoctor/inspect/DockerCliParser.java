package dev.sysboxdoctor.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sysboxdoctor.inspect.ScriptSections.Section;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Docker facts of a WSL distro from the fact script's docker CLI sections ({@code docker info} JSON). */
public final class DockerCliParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerCliParser() {}

    public static DockerFacts parse(String endpoint, Map<String, Section> s) {
        Section info = s.get("docker-info");
        if (info == null) {
            return DockerFacts.unreachable(endpoint, Gap.of("docker", "the fact script did not report on Docker (cut off?)"));
        }
        if (info.rc() == 127) {
            return DockerFacts.unreachable(endpoint, Gap.of("docker", "no docker CLI in this distro"));
        }
        JsonNode root;
        try {
            root = JSON.readTree(jsonPart(info.text()));
        } catch (Exception garbled) {
            root = null;
        }
        if (!info.ok() || root == null || !root.isObject() || root.path("ServerVersion").asText("").isEmpty()) {
            List<String> errors = new ArrayList<>();
            if (root != null) {
                root.path("ServerErrors").forEach(e -> errors.add(e.asText()));
            }
            return DockerFacts.unreachable(endpoint, new Gap("docker", "the Docker Engine did not answer",
                    errors.isEmpty() ? KernelParser.evidence(info) : errors));
        }
        List<String> runtimes = new ArrayList<>();
        Iterator<String> names = root.path("Runtimes").fieldNames();
        names.forEachRemaining(runtimes::add);
        List<Gap> gaps = new ArrayList<>();
        List<ContainerFacts> containers = new ArrayList<>();
        Section cs = s.get("docker-containers");
        if (cs != null && cs.ok()) {
            containers.addAll(parseContainers(cs.text()));
        } else {
            gaps.add(new Gap("docker.containers", "could not list the containers", KernelParser.evidence(cs)));
        }
        String os = root.path("OperatingSystem").asText(null);
        List<String> security = new ArrayList<>();
        root.path("SecurityOptions").forEach(o -> security.add(o.asText()));
        return new DockerFacts(Tri.YES, endpoint, root.path("ServerVersion").asText(null), isDockerDesktop(os, root.path("Name").asText("")),
                os, runtimes, root.path("DefaultRuntime").asText(null), root.path("Driver").asText(null), containers, gaps, security);
    }

    /** Docker Desktop's engine says so in OperatingSystem; its VM is named docker-desktop. */
    public static boolean isDockerDesktop(String operatingSystem, String name) {
        return (operatingSystem != null && operatingSystem.contains("Docker Desktop")) || "docker-desktop".equals(name);
    }

    /** Lines of "id TAB /name TAB image TAB runtime TAB state". */
    public static List<ContainerFacts> parseContainers(String text) {
        List<ContainerFacts> out = new ArrayList<>();
        for (String l : text.split("\n")) {
            String[] p = l.split("\t");
            if (p.length >= 5 && p[0].matches("[0-9a-f]{12,64}")) {
                out.add(new ContainerFacts(p[0].substring(0, Math.min(12, p[0].length())), p[1].replaceFirst("^/", ""), p[2],
                        p[3], p[4].strip()));
            }
        }
        return out;
    }

    /** docker may print warnings before the JSON. */
    private static String jsonPart(String text) {
        int i = text.indexOf('{');
        return i < 0 ? text : text.substring(i);
    }
}
