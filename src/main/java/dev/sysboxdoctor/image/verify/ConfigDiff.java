package dev.sysboxdoctor.image.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Difference.Aspect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares the recorded config the image must carry with the container's: Cmd, Entrypoint, Env,
 * WorkingDir, User, ExposedPorts, Volumes, Labels, StopSignal, Healthcheck. Env values never
 * appear in a difference (they may be secrets): only the variable's name and "value differs".
 */
public final class ConfigDiff {
    static final List<String> FIELDS = List.of("Cmd", "Entrypoint", "Env", "WorkingDir", "User", "ExposedPorts",
            "Volumes", "Labels", "StopSignal", "Healthcheck");

    private ConfigDiff() {}

    public static List<Difference> compare(JsonNode expected, JsonNode found) {
        List<Difference> out = new ArrayList<>();
        for (String f : FIELDS) {
            JsonNode e = norm(expected.path(f));
            JsonNode i = norm(found.path(f));
            if (f.equals("Env")) {
                out.addAll(env(e, i));
            } else if (!e.equals(i)) {
                out.add(new Difference("config:" + f, Aspect.CONFIG, show(e), show(i)));
            }
        }
        return out;
    }

    private static List<Difference> env(JsonNode e, JsonNode i) {
        Map<String, String> want = envMap(e);
        Map<String, String> got = envMap(i);
        List<Difference> out = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(want.keySet());
        names.addAll(got.keySet());
        for (String n : names) {
            String a = want.get(n);
            String b = got.get(n);
            if (a == null) {
                out.add(new Difference("config:Env", Aspect.CONFIG, n + " not set", n + " set"));
            } else if (b == null) {
                out.add(new Difference("config:Env", Aspect.CONFIG, n + " set", n + " not set"));
            } else if (!a.equals(b)) {
                out.add(new Difference("config:Env", Aspect.CONFIG, n + " (value hidden)", n + " with another value"));
            }
        }
        return out;
    }

    private static Map<String, String> envMap(JsonNode env) {
        Map<String, String> m = new TreeMap<>();
        for (JsonNode v : env) {
            String s = v.asText();
            int eq = s.indexOf('=');
            m.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
        }
        return m;
    }

    /** null, missing, "" and empty arrays/objects all mean "not set". */
    static JsonNode norm(JsonNode n) {
        if (n == null || n.isMissingNode() || n.isNull() || (n.isTextual() && n.asText().isEmpty()) || (n.isContainerNode() && n.isEmpty())) {
            return NullNode.getInstance();
        }
        return n;
    }

    private static String show(JsonNode n) {
        return n.isNull() ? "not set" : n.toString();
    }
}
