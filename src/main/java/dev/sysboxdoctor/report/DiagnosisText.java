package dev.sysboxdoctor.report;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.WslDistro;

/** The diagnosis as plain text for a terminal: the verdict per target first, then the findings. */
public final class DiagnosisText {
    private DiagnosisText() {}

    public static String render(Diagnosis d) {
        return render(d, FindingCatalogue.english());
    }

    public static String render(Diagnosis d, FindingCatalogue words) {
        Redactor r = Redactor.secretsOnly();
        StringBuilder sb = new StringBuilder();
        sb.append("Sysbox Doctor: ").append(headline(d)).append("\n\n");
        sb.append("Host: ").append(d.hostKind()).append('\n');
        if (d.wsl() != null) {
            sb.append("WSL: ").append(orUnknown(d.wsl().wslVersion())).append(", kernel ").append(orUnknown(d.wsl().kernelVersion()))
                    .append(d.wsl().inbox() ? " (inbox wsl.exe)" : "").append('\n');
            for (WslDistro x : d.wsl().distros()) {
                sb.append("  ").append(x.isDefault() ? "* " : "  ").append(x.name()).append("  ").append(x.state())
                        .append("  WSL").append(x.version() == 0 ? "?" : x.version()).append(x.dockerDesktop() ? "  (Docker Desktop)" : "")
                        .append('\n');
            }
        }
        if (d.wslConfig() != null && d.wslConfig().pinned()) {
            sb.append(".wslconfig: kernel=").append(r.apply(d.wslConfig().kernelPin())).append('\n');
        }
        for (TargetVerdict v : d.targets()) {
            sb.append('\n').append("Target ").append(v.name()).append(": ").append(verdictLine(v, words)).append('\n');
            sb.append("  kernel ").append(orUnknown(v.facts().kernel().release())).append(" (").append(v.facts().kernel().platform())
                    .append("), shiftfs ").append(v.facts().kernel().shiftfs()).append(", overlay on ID-mapped mounts ")
                    .append(tri(v.facts().kernel().overlayIdmap().asBoolean())).append('\n');
            sb.append("  Sysbox ").append(v.facts().sysbox().installed().isYes() ? orUnknown(v.facts().sysbox().version())
                    : v.facts().sysbox().installed().isNo() ? "not installed" : "unknown");
            if (!v.facts().sysbox().configuredFlags().isEmpty()) {
                sb.append(", sysbox-mgr ").append(String.join(" ", v.facts().sysbox().configuredFlags()));
            }
            sb.append(", mode ").append(v.mode()).append('\n');
            sb.append("  Docker ").append(v.facts().docker().reachable().isYes()
                    ? v.facts().docker().version() + (v.facts().docker().dockerDesktop() ? " (Docker Desktop)" : "")
                    + ", runtimes " + String.join(" ", v.facts().docker().runtimes())
                    : "not reached").append('\n');
        }
        sb.append('\n');
        for (Finding f : d.findings()) {
            sb.append(tag(f.severity())).append(' ').append(f.target() == null ? "" : f.target() + ": ").append(r.apply(words.title(f)))
                    .append("  [").append(f.id()).append("]\n");
            sb.append(wrap(r.apply(words.detail(f)), "    ")).append('\n');
            for (String e : f.evidence()) {
                sb.append("    > ").append(r.apply(e)).append('\n');
            }
            if (!f.remedies().isEmpty()) {
                sb.append("    remedies: ").append(String.join(", ", f.remedies())).append('\n');
            }
        }
        return sb.toString();
    }

    static String headline(Diagnosis d) {
        long broken = d.targets().stream().filter(v -> v.commitRisk() == CommitRisk.BROKEN).count();
        if (d.nothingInspected()) {
            return "could not inspect this machine.";
        }
        if (broken > 0) {
            return "docker commit of Sysbox containers is BROKEN on " + broken + " of " + d.targets().size() + " target"
                    + (d.targets().size() == 1 ? "" : "s") + ".";
        }
        if (d.targets().stream().anyMatch(v -> v.commitRisk() == CommitRisk.UNKNOWN)) {
            return "could not tell for every target whether docker commit is safe.";
        }
        if (d.targets().stream().anyMatch(v -> v.commitRisk() == CommitRisk.SAFE)) {
            return "docker commit of Sysbox containers is safe.";
        }
        return "no Sysbox in use.";
    }

    static String verdictLine(TargetVerdict v, FindingCatalogue words) {
        return switch (v.commitRisk()) {
            case SAFE -> "commit SAFE";
            case BROKEN -> "commit BROKEN";
            case UNKNOWN -> "commit risk UNKNOWN";
            case NOT_APPLICABLE -> "no Sysbox";
        } + " (" + words.basis(v.modeBasis()) + ")";
    }

    static String tag(Severity s) {
        return switch (s) {
            case ERROR -> "[ERROR]";
            case WARNING -> "[WARN] ";
            case INFO -> "[INFO] ";
            case OK -> "[OK]   ";
        };
    }

    static String tri(Boolean b) {
        return b == null ? "unknown" : b ? "yes" : "no";
    }

    static String orUnknown(String s) {
        return s == null ? "unknown" : s;
    }

    static String wrap(String text, String indent) {
        StringBuilder out = new StringBuilder(indent);
        int col = indent.length();
        for (String w : text.split(" ")) {
            if (col + w.length() > 100 && col > indent.length()) {
                out.append('\n').append(indent);
                col = indent.length();
            } else if (col > indent.length()) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }
}
