package dev.sysboxdoctor.report;

import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.WslDistro;

/** The diagnosis as Markdown for a bug report: user names in paths and secrets redacted. */
public final class DiagnosisMarkdown {
    private DiagnosisMarkdown() {}

    public static String render(Diagnosis d, String toolVersion) {
        return render(d, toolVersion, FindingCatalogue.english());
    }

    public static String render(Diagnosis d, String toolVersion, FindingCatalogue words) {
        Redactor r = Redactor.forSharing();
        StringBuilder sb = new StringBuilder();
        sb.append("## Sysbox Doctor diagnosis\n\n");
        sb.append("**").append(DiagnosisText.headline(d)).append("**\n\n");
        sb.append("- sysbox-doctor ").append(toolVersion).append(", host ").append(d.hostKind()).append('\n');
        if (d.wsl() != null) {
            sb.append("- WSL ").append(DiagnosisText.orUnknown(d.wsl().wslVersion())).append(", kernel ")
                    .append(DiagnosisText.orUnknown(d.wsl().kernelVersion())).append(d.wsl().inbox() ? " (inbox)" : "").append('\n');
        }
        if (d.wslConfig() != null && d.wslConfig().pinned()) {
            sb.append("- .wslconfig pins `kernel=").append(r.apply(d.wslConfig().kernelPin())).append("`\n");
        }
        if (d.wsl() != null && !d.wsl().distros().isEmpty()) {
            sb.append("\n| distro | state | WSL | default |\n|---|---|---|---|\n");
            for (WslDistro x : d.wsl().distros()) {
                sb.append("| ").append(cell(x.name())).append(x.dockerDesktop() ? " (Docker Desktop)" : "").append(" | ").append(cell(x.state()))
                        .append(" | ").append(x.version()).append(" | ").append(x.isDefault() ? "yes" : "").append(" |\n");
            }
        }
        sb.append("\n| target | kernel | shiftfs | overlay idmap | Sysbox | mgr flags | mode | commit |\n|---|---|---|---|---|---|---|---|\n");
        for (TargetVerdict v : d.targets()) {
            var s = v.facts().sysbox();
            sb.append("| ").append(cell(v.name())).append(" | ").append(cell(DiagnosisText.orUnknown(v.facts().kernel().release())))
                    .append(" | ").append(v.facts().kernel().shiftfs()).append(" | ")
                    .append(DiagnosisText.tri(v.facts().kernel().overlayIdmap().asBoolean())).append(" | ")
                    .append(s.installed().isYes() ? cell(DiagnosisText.orUnknown(s.version())) : s.installed().isNo() ? "no" : "?")
                    .append(" | ").append(cell(r.apply(String.join(" ", s.configuredFlags())))).append(" | ").append(v.mode())
                    .append(" | ").append(v.commitRisk()).append(" |\n");
        }
        sb.append("\n### Findings\n\n");
        for (Finding f : d.findings()) {
            sb.append("- **").append(f.severity()).append("** ").append(f.target() == null ? "" : "`" + cell(f.target()) + "` ")
                    .append(r.apply(words.title(f))).append(" (`").append(f.id()).append("`)\n");
            sb.append("  ").append(r.apply(words.detail(f))).append('\n');
            if (!f.evidence().isEmpty()) {
                sb.append("  ```\n");
                f.evidence().forEach(e -> sb.append("  ").append(r.apply(e).replace("```", "'''")).append('\n'));
                sb.append("  ```\n");
            }
            if (!f.remedies().isEmpty()) {
                sb.append("  Remedies: ").append(String.join(", ", f.remedies().stream().map(x -> "`" + x + "`").toList())).append('\n');
            }
            f.docLinks().forEach(l -> sb.append("  See ").append(l).append('\n'));
        }
        return sb.toString();
    }

    private static String cell(String s) {
        return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
    }
}
