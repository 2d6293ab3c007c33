package dev.sysboxdoctor.report;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.WslDistro;

/** The diagnosis as Markdown for a bug report: user names in paths and secrets redacted. */
public final class DiagnosisMarkdown {
    private DiagnosisMarkdown() {}

    public static String render(Diagnosis d, String toolVersion) {
        return render(d, toolVersion, Language.EN);
    }

    public static String render(Diagnosis d, String toolVersion, Language language) {
        FindingCatalogue words = FindingCatalogue.of(language);
        ReportTexts t = ReportTexts.of(language);
        EnumWords w = new EnumWords(t);
        Redactor r = Redactor.forSharing();
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("md.title")).append("\n\n");
        sb.append("**").append(DiagnosisText.headline(d, t)).append("**\n\n");
        sb.append(t.get("md.tool", toolVersion, w.host(d.hostKind()))).append('\n');
        if (d.wsl() != null) {
            sb.append(t.get("md.wsl", DiagnosisText.orUnknown(d.wsl().wslVersion(), t), DiagnosisText.orUnknown(d.wsl().kernelVersion(), t)))
                    .append(d.wsl().inbox() ? t.get("md.inbox") : "").append('\n');
        }
        if (d.wslConfig() != null && d.wslConfig().pinned()) {
            sb.append(t.get("md.pin", r.apply(d.wslConfig().kernelPin()))).append('\n');
        }
        if (d.wsl() != null && !d.wsl().distros().isEmpty()) {
            sb.append('\n').append(t.get("md.distros")).append("\n|---|---|---|---|\n");
            for (WslDistro x : d.wsl().distros()) {
                sb.append("| ").append(cell(x.name())).append(x.dockerDesktop() ? " (Docker Desktop)" : "").append(" | ").append(cell(x.state()))
                        .append(" | ").append(x.version()).append(" | ").append(x.isDefault() ? t.get("value.yes") : "").append(" |\n");
            }
        }
        sb.append('\n').append(t.get("md.targets")).append("\n|---|---|---|---|---|---|---|---|\n");
        for (TargetVerdict v : d.targets()) {
            SysboxFacts s = v.facts().sysbox();
            sb.append("| ").append(cell(v.name())).append(" | ").append(cell(DiagnosisText.orUnknown(v.facts().kernel().release(), t)))
                    .append(" | ").append(w.shiftfs(v.facts().kernel().shiftfs())).append(" | ")
                    .append(DiagnosisText.tri(v.facts().kernel().overlayIdmap().asBoolean(), t)).append(" | ")
                    .append(s.installed().isYes() ? cell(DiagnosisText.orUnknown(s.version(), t)) : s.installed().isNo() ? t.get("value.no") : "?")
                    .append(" | ").append(cell(r.apply(String.join(" ", s.configuredFlags())))).append(" | ").append(words.mode(v.mode()))
                    .append(" | ").append(w.risk(v.commitRisk())).append(" |\n");
        }
        sb.append('\n').append(t.get("md.findings")).append("\n\n");
        for (Finding f : d.findings()) {
            sb.append("- **").append(w.severity(f.severity())).append("** ").append(f.target() == null ? "" : "`" + cell(f.target()) + "` ")
                    .append(r.apply(words.title(f))).append(" (`").append(f.id()).append("`)\n");
            sb.append("  ").append(r.apply(words.detail(f))).append('\n');
            if (!f.evidence().isEmpty()) {
                sb.append("  ```\n");
                f.evidence().forEach(e -> sb.append("  ").append(r.apply(e).replace("```", "'''")).append('\n'));
                sb.append("  ```\n");
            }
            if (!f.remedies().isEmpty()) {
                sb.append("  ").append(t.get("md.remedies", String.join(", ", f.remedies().stream().map(x -> "`" + x.key() + "`").toList()))).append('\n');
            }
            f.docLinks().forEach(l -> sb.append("  ").append(t.get("md.see", l)).append('\n'));
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
