package dev.sysboxdoctor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;
import dev.sysboxdoctor.report.DiagnosisJson;
import dev.sysboxdoctor.report.DiagnosisMarkdown;
import dev.sysboxdoctor.ui.reports.ReportFormat;
import dev.sysboxdoctor.ui.reports.ReportWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reports the window copies and saves: a diagnosis (the report room's renderers), and an image
 * save with its verification as Markdown (for tickets) or JSON (schemaVersion 1).
 */
public final class GuiReports implements ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String diagnosis(Diagnosis d, ReportFormat format) {
        // The CLI's own renderers (report room): same schema, same redaction as `diagnose --json/--markdown`.
        return format == ReportFormat.JSON ? DiagnosisJson.render(d, AppVersion.get(), d.hasErrors() ? 1 : 0)
                : DiagnosisMarkdown.render(d, AppVersion.get());
    }

    @Override
    public String save(SaveOutcome o, ReportFormat format) {
        return format == ReportFormat.JSON ? json(saveJson(o)) : saveMarkdown(o);
    }

    private static ObjectNode saveJson(SaveOutcome o) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("saved", o.saved()).put("tag", o.tag()).put("imageId", o.imageId())
                .put("strategy", o.usedStrategy() == null ? null : o.usedStrategy().cliName());
        ArrayNode attempts = root.putArray("attempts");
        for (SaveAttempt a : o.attempts()) {
            ObjectNode n = attempts.addObject();
            n.put("strategy", a.strategy().cliName()).put("passed", a.passed()).put("error", a.error())
                    .put("seconds", a.elapsed() == null ? 0 : a.elapsed().toMillis() / 1000.0);
            if (a.verification() != null) {
                VerificationResult v = a.verification();
                ObjectNode vn = n.putObject("verification");
                vn.put("image", v.image()).put("container", v.container()).put("verdict", v.verdict().name())
                        .put("filesCompared", v.filesCompared()).put("filesHashed", v.filesHashed())
                        .put("elfChecked", v.elfChecked()).put("probe", v.probe());
                ArrayNode diffs = vn.putArray("differences");
                v.differences().forEach(x -> diffs.addObject().put("path", x.path()).put("aspect", x.aspect().name())
                        .put("expected", x.expected()).put("found", x.found()));
                strings(vn.putArray("notes"), v.notes());
            }
        }
        strings(root.putArray("warnings"), o.warnings());
        return root;
    }

    private static String saveMarkdown(SaveOutcome o) {
        StringBuilder md = new StringBuilder("# Sysbox Doctor image save\n\n");
        md.append(o.saved() ? "Saved **" + o.tag() + "** (" + nz(o.imageId()) + ") with " + o.usedStrategy().cliName()
                + "; the image passed verification.\n" : "Refused: **" + o.tag() + "** was not created or moved.\n");
        for (SaveAttempt a : o.attempts()) {
            md.append("\n## ").append(a.strategy().cliName()).append(": ")
                    .append(a.passed() ? "passed" : a.error() != null ? "error" : "failed verification").append('\n');
            if (a.error() != null) {
                md.append('\n').append(a.error()).append('\n');
            }
            if (a.verification() != null) {
                VerificationResult v = a.verification();
                md.append("\n- Files compared: ").append(v.filesCompared()).append(", hashed: ").append(v.filesHashed())
                        .append(", ELF checked: ").append(v.elfChecked()).append('\n');
                if (v.probe() != null && !v.probe().isBlank()) {
                    md.append("- Probe: `").append(v.probe().strip().replace('\n', ' ')).append("`\n");
                }
                v.notes().forEach(n -> md.append("- ").append(n).append('\n'));
                if (!v.differences().isEmpty()) {
                    md.append("\n| Path | Differs in | Container | Image |\n|---|---|---|---|\n");
                    for (Difference x : v.differences()) {
                        md.append("| `").append(x.path()).append("` | ").append(x.aspect()).append(" | ")
                                .append(cell(x.expected())).append(" | ").append(cell(x.found())).append(" |\n");
                    }
                }
            }
        }
        o.warnings().forEach(w -> md.append("\n> ").append(w).append('\n'));
        return md.toString();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String cell(String s) {
        return nz(s).replace("|", "\\|").replace('\n', ' ');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String json(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
