package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The Dockerfile instructions ({@code changes}) that make an imported image carry the container's
 * config. The engine joins them with newlines and expands $VARIABLES in most of them, so values
 * are double-quoted with \, " and $ escaped; a value holding a newline cannot be written this way
 * and is reported in {@link Result#notCarried()} (the save then carries it with a config commit).
 */
final class ImportChanges {
    /** Config fields import cannot set at all (Docker 20.10 refuses STOPSIGNAL as an import change). */
    static final List<String> NOT_IMPORTABLE = List.of("Healthcheck", "StopSignal", "Shell", "OnBuild");

    record Result(List<String> changes, List<String> notCarried) {}

    private ImportChanges() {}

    static Result from(JsonNode config) {
        List<String> changes = new ArrayList<>();
        List<String> notCarried = new ArrayList<>();
        array(config, "Entrypoint", "ENTRYPOINT", changes);
        array(config, "Cmd", "CMD", changes);
        for (JsonNode e : config.path("Env")) {
            String kv = e.asText();
            int eq = kv.indexOf('=');
            String name = eq < 0 ? kv : kv.substring(0, eq);
            String value = eq < 0 ? "" : kv.substring(eq + 1);
            if (!writable(name) || !writable(value) || name.isEmpty()) {
                notCarried.add("Env " + name);
            } else {
                changes.add("ENV " + quote(name) + "=" + quote(value));
            }
        }
        scalar(config, "WorkingDir", "WORKDIR", changes, notCarried);
        scalar(config, "User", "USER", changes, notCarried);
        for (Iterator<String> it = config.path("ExposedPorts").fieldNames(); it.hasNext(); ) {
            String port = it.next();
            if (port.matches("[0-9]+(-[0-9]+)?(/[a-z]+)?")) {
                changes.add("EXPOSE " + port);
            } else {
                notCarried.add("ExposedPorts " + port);
            }
        }
        for (Iterator<String> it = config.path("Volumes").fieldNames(); it.hasNext(); ) {
            String v = it.next();
            if (writable(v)) {
                changes.add("VOLUME [" + quote(v) + "]");
            } else {
                notCarried.add("Volumes " + v);
            }
        }
        config.path("Labels").fields().forEachRemaining(l -> {
            if (writable(l.getKey()) && writable(l.getValue().asText())) {
                changes.add("LABEL " + quote(l.getKey()) + "=" + quote(l.getValue().asText()));
            } else {
                notCarried.add("Labels " + l.getKey());
            }
        });
        for (String f : NOT_IMPORTABLE) {
            JsonNode n = config.path(f);
            if (!n.isMissingNode() && !n.isNull() && !(n.isContainerNode() && n.isEmpty())) {
                notCarried.add(f);
            }
        }
        return new Result(changes, notCarried);
    }

    private static void array(JsonNode config, String field, String instruction, List<String> changes) {
        JsonNode n = config.path(field);
        if (n.isArray()) {
            // JSON (exec) form: no variable expansion, JSON string escaping.
            changes.add(instruction + " " + n.toString());
        }
    }

    private static void scalar(JsonNode config, String field, String instruction, List<String> changes, List<String> notCarried) {
        String v = config.path(field).asText("");
        if (v.isEmpty()) {
            return;
        }
        if (writable(v)) {
            changes.add(instruction + " " + quote(v));
        } else {
            notCarried.add(field);
        }
    }

    private static boolean writable(String s) {
        return s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }
}
