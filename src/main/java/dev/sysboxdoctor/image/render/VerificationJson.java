package dev.sysboxdoctor.image.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.Unchecked;
import dev.sysboxdoctor.image.VerificationResult;
import java.io.UncheckedIOException;

/** JSON (schemaVersion 1) of a save or a verification, for scripts and support tickets (docs/json-contract.md). */
public final class VerificationJson {
    public static final int SCHEMA_VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerificationJson() {}

    public static String save(SaveOutcome s) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("saved", s.saved());
        root.put("outcome", outcome(s.result()));
        root.put("reason", s.reason());
        root.put("tag", s.tag());
        root.put("imageId", s.imageId());
        root.put("strategy", s.usedStrategy() == null ? null : s.usedStrategy().cliName());
        var attempts = root.putArray("attempts");
        for (SaveAttempt a : s.attempts()) {
            ObjectNode n = attempts.addObject();
            n.put("strategy", a.strategy().cliName());
            n.put("seconds", a.elapsed().toMillis() / 1000.0);
            n.put("error", a.error());
            n.set("verification", a.verification() == null ? null : node(a.verification()));
        }
        var w = root.putArray("warnings");
        s.warnings().forEach(w::add);
        return write(root);
    }

    public static String verification(VerificationResult v) {
        ObjectNode root = node(v);
        root.put("schemaVersion", SCHEMA_VERSION);
        return write(root);
    }

    /** The outcome as the JSON contract spells it. */
    static String outcome(SaveOutcome.Result r) {
        return switch (r) {
            case SAVED -> "saved";
            case REFUSED -> "refused";
            case COULD_NOT_VERIFY -> "could not verify";
        };
    }

    static ObjectNode node(VerificationResult v) {
        ObjectNode n = JSON.createObjectNode();
        n.put("image", v.image());
        n.put("container", v.container());
        n.put("verdict", v.verdict().name());
        n.put("filesCompared", v.filesCompared());
        n.put("filesHashed", v.filesHashed());
        n.put("elfChecked", v.elfChecked());
        n.put("imageBytes", v.imageBytes());
        n.put("probe", v.probe());
        n.put("containerView", v.containerView());
        n.put("hashTool", v.hashTool());
        n.put("limits", v.limits());
        var u = n.putArray("couldNotCheck");
        for (Unchecked x : v.unchecked()) {
            u.addObject().put("path", x.path()).put("reason", x.reason());
        }
        var d = n.putArray("differences");
        for (Difference r : v.differences()) {
            d.addObject().put("path", r.path()).put("aspect", r.aspect().name()).put("expected", r.expected()).put("found", r.found());
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
