package dev.sysboxdoctor.image.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sysboxdoctor.image.ContainerSave;
import dev.sysboxdoctor.image.RestoreOutcome;
import dev.sysboxdoctor.image.SaveAllOutcome;
import java.util.List;

/** JSON (schemaVersion 1) of {@code image save-all} and {@code image restore}. */
public final class BackupJson {
    private BackupJson() {}

    public static String saveAll(SaveAllOutcome r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", VerificationJson.SCHEMA_VERSION);
        root.put("allSaved", r.allSaved());
        root.put("cancelled", r.cancelled());
        rows(root.putArray("saved"), r.saved());
        rows(root.putArray("failed"), r.failed());
        return VerificationJson.write(root);
    }

    public static String restore(RestoreOutcome r) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("schemaVersion", VerificationJson.SCHEMA_VERSION);
        root.put("restored", r.restored());
        root.put("container", r.name());
        root.put("image", r.image());
        root.put("newId", r.newId());
        root.put("keptAs", r.keptAs());
        root.put("started", r.started());
        root.set("verification", r.verification() == null ? null : VerificationJson.node(r.verification()));
        ArrayNode notes = root.putArray("notes");
        r.notes().forEach(notes::add);
        return VerificationJson.write(root);
    }

    private static void rows(ArrayNode into, List<ContainerSave> rows) {
        for (ContainerSave row : rows) {
            ObjectNode n = into.addObject();
            n.put("container", row.container().name());
            n.put("tag", row.tag());
            n.put("method", row.method() == null ? null : row.method().cliName());
            n.put("reason", row.reason());
            n.put("imageId", row.imageId());
            n.put("running", row.container().running());
        }
    }
}
