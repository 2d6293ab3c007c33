package dev.sysboxdoctor.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.SaveAttempt;
import dev.sysboxdoctor.image.SaveOutcome;
import dev.sysboxdoctor.image.VerificationResult;
import dev.sysboxdoctor.ui.reports.ReportFormat;
import dev.sysboxdoctor.ui.reports.ReportWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The reports the window copies and saves: a diagnosis, and an image save with its verification,
 * as Markdown (for tickets) or JSON (schemaVersion 1, the fields DESIGN.md names).
 */
final class GuiReports implements ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String diagnosis(Diagnosis d, ReportFormat format) {
        return format == ReportFormat.JSON ? json(diagnosisJson(d)) : diagnosisMarkdown(d);
    }

    @Override
    public String save(SaveOutcome o, ReportFormat format) {
        return format == ReportFormat.JSON ? json(saveJson(o)) : saveMarkdown(o);
    }

    private static ObjectNode diagnosisJson(Diagnosis d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schemaVersion", 1);
        root.put("inspectedAt", String.valueOf(d.inspectedAt()));
        root.putObject("host").put("kind", d.hostKind().name());
        if (d.wsl() != null) {
            ObjectNode wsl = root.putObject("wsl");
            wsl.put("version", d.wsl().wslVersion());
            wsl.put("kernelVersion", d.wsl().kernelVersion());
            ArrayNode distros = wsl.putArray("distros");
            d.wsl().distros().forEach(x -> distros.addObject().put("name", x.name()).put("state", x.state())
                    .put("version", x.version()).put("default", x.isDefault()));
        }
        ArrayNode targets = root.putArray("targets");
        for (TargetVerdict v : d.targets()) {
            ObjectNode t = targets.addObject();
            t.put("name", v.name());
            if (v.facts().kernel() != null) {
                t.putObject("kernel").put("release", v.facts().kernel().release())
                        .put("shiftfs", v.facts().kernel().shiftfs().name())
                        .put("overlayIdmap", v.facts().kernel().overlayIdmap().asBoolean());
            }
            ObjectNode sysbox = t.putObject("sysbox");
            if (v.facts().sysbox() != null) {
                sysbox.put("installed", v.facts().sysbox().installed().asBoolean());
                sysbox.put("version", v.facts().sysbox().version());
                ArrayNode flags = sysbox.putArray("mgrFlags");
                v.facts().sysbox().effectiveFlags().forEach(flags::add);
            }
            sysbox.put("mode", v.mode().name());
            t.put("commitRisk", v.commitRisk().name());
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : d.findings()) {
            ObjectNode o = findings.addObject();
            o.put("id", f.id()).put("severity", f.severity().name()).put("target", f.target())
                    .put("title", f.title()).put("detail", f.detail());
            strings(o.putArray("evidence"), f.evidence());
            strings(o.putArray("remedies"), f.remedies());
            strings(o.putArray("docLinks"), f.docLinks());
        }
        return root;
    }

    private static String diagnosisMarkdown(Diagnosis d) {
        StringBuilder md = new StringBuilder("# Sysbox Doctor diagnosis\n\n");
        md.append("- Inspected: ").append(d.inspectedAt()).append('\n');
        md.append("- Host: ").append(d.hostKind()).append('\n');
        if (d.wsl() != null) {
            md.append("- WSL: ").append(nz(d.wsl().wslVersion())).append(", kernel ").append(nz(d.wsl().kernelVersion())).append('\n');
        }
        md.append("\n| Target | Kernel | Sysbox | Mode | Commit |\n|---|---|---|---|---|\n");
        for (TargetVerdict v : d.targets()) {
            md.append("| ").append(v.name()).append(" | ")
                    .append(v.facts().kernel() == null ? "?" : nz(v.facts().kernel().release())).append(" | ")
                    .append(v.facts().sysbox() == null ? "?" : nz(v.facts().sysbox().version())).append(" | ")
                    .append(v.mode()).append(" | ").append(v.commitRisk()).append(" |\n");
        }
        md.append("\n## Findings\n");
        for (Finding f : d.findings()) {
            md.append("\n### ").append(f.severity()).append(": ").append(f.title());
            if (f.target() != null) {
                md.append(" (").append(f.target()).append(')');
            }
            md.append("\n\n").append(nz(f.detail())).append('\n');
            if (!f.evidence().isEmpty()) {
                md.append("\n```\n").append(String.join("\n", f.evidence())).append("\n```\n");
            }
            if (!f.remedies().isEmpty()) {
                md.append("\nRemedies: ").append(String.join(", ", f.remedies())).append('\n');
            }
            f.docLinks().forEach(l -> md.append("- ").append(l).append('\n'));
        }
        return md.toString();
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
