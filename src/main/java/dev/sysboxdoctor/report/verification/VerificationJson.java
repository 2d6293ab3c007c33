package dev.sysboxdoctor.report.verification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** JSON (schemaVersion 1) of a save or a verification, for scripts and support tickets. */
public final class VerificationJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerificationJson() {}

    public static String save(SaveReport s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("saved", s.saved());
        root.put("outcome", s.outcome());
        root.put("reason", s.reason());
        root.put("tag", s.tag());
        root.put("imageId", s.imageId());
        root.put("strategy", s.strategy());
        var attempts = root.putArray("attempts");
        for (SaveReport.Attempt a : s.attempts()) {
            ObjectNode n = attempts.addObject();
            n.put("strategy", a.strategy());
            n.put("seconds", a.millis() / 1000.0);
            n.put("error", a.error());
            n.set("verification", a.verification() == null ? null : node(a.verification()));
        }
        var w = root.putArray("warnings");
        s.warnings().forEach(w::add);
        return write(root);
    }

    public static String verification(VerificationReport v) {
        ObjectNode root = node(v);
        root.put("schemaVersion", SCHEMA_VERSION);
        return write(root);
    }

    static ObjectNode node(VerificationReport v) {
        ObjectNode n = JSON.createObjectNode();
        n.put("image", v.image());
        n.put("container", v.container());
        n.put("verdict", v.verdict());
        n.put("filesCompared", v.filesCompared());
        n.put("filesHashed", v.filesHashed());
        n.put("elfChecked", v.elfChecked());
        n.put("imageBytes", v.imageBytes());
        n.put("probe", v.probe());
        n.put("containerView", v.containerView());
        n.put("hashTool", v.hashTool());
        n.put("limits", v.limits());
        var u = n.putArray("couldNotCheck");
        for (VerificationReport.Unchecked x : v.couldNotCheck()) {
            u.addObject().put("path", x.path()).put("reason", x.reason());
        }
        var d = n.putArray("differences");
        for (VerificationReport.Row r : v.differences()) {
            d.addObject().put("path", r.path()).put("aspect", r.aspect()).put("expected", r.expected()).put("found", r.found());
        }
        var notes = n.putArray("notes");
        v.notes().forEach(notes::add);
        return n;
    }

    static String write(ObjectNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
