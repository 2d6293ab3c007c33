package dev.sysboxdoctor.report;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.Diagnosis;
import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.RemedyId;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.diagnose.TargetVerdict;
import dev.sysboxdoctor.inspect.SysboxFacts;
import dev.sysboxdoctor.inspect.WslDistro;
import java.util.Locale;

/** The diagnosis as plain text for a terminal: the verdict per target first, then the findings. */
public final class DiagnosisText {
    private DiagnosisText() {}

    public static String render(Diagnosis d) {
        return render(d, Language.EN);
    }

    public static String render(Diagnosis d, Language language) {
        FindingCatalogue words = FindingCatalogue.of(language);
        ReportTexts t = ReportTexts.of(language);
        EnumWords w = new EnumWords(t);
        Redactor r = Redactor.secretsOnly();
        StringBuilder sb = new StringBuilder();
        sb.append(t.get("text.title", headline(d, t))).append("\n\n");
        sb.append(t.get("text.host", w.host(d.hostKind()))).append('\n');
        if (d.wsl() != null) {
            sb.append(t.get("text.wsl", orUnknown(d.wsl().wslVersion(), t), orUnknown(d.wsl().kernelVersion(), t)))
                    .append(d.wsl().inbox() ? t.get("text.inbox") : "").append('\n');
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
            sb.append('\n').append(t.get("text.target", v.name(), verdictLine(v, t, words))).append('\n');
            sb.append("  ").append(t.get("text.kernel", orUnknown(v.facts().kernel().release(), t), w.platform(v.facts().kernel().platform()),
                    w.shiftfs(v.facts().kernel().shiftfs()), tri(v.facts().kernel().overlayIdmap().asBoolean(), t))).append('\n');
            SysboxFacts s = v.facts().sysbox();
            sb.append("  ").append(t.get("text.sysbox", s.installed().isYes() ? orUnknown(s.version(), t)
                    : s.installed().isNo() ? t.get("value.notInstalled") : t.get("value.unknown")));
            if (!s.configuredFlags().isEmpty()) {
                sb.append(", sysbox-mgr ").append(String.join(" ", s.configuredFlags()));
            }
            sb.append(t.get("text.mode", words.mode(v.mode()))).append('\n');
            sb.append("  ").append(v.facts().docker().reachable().isYes()
                    ? t.get("text.docker", v.facts().docker().version() + (v.facts().docker().dockerDesktop() ? " (Docker Desktop)" : ""),
                            String.join(" ", v.facts().docker().runtimes()))
                    : t.get("text.dockerNotReached")).append('\n');
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
                sb.append("    ").append(t.get("text.remedies", String.join(", ", f.remedies().stream().map(RemedyId::key).toList()))).append('\n');
            }
        }
        return sb.toString();
    }

    static String headline(Diagnosis d, ReportTexts t) {
        long broken = d.targets().stream().filter(v -> v.commitRisk() == CommitRisk.BROKEN).count();
        if (d.nothingInspected()) {
            return t.get("headline.nothingInspected");
        }
        if (broken > 0) {
            return t.get(d.targets().size() == 1 ? "headline.broken.one" : "headline.broken.many", broken, d.targets().size());
        }
        if (d.targets().stream().anyMatch(v -> v.commitRisk() == CommitRisk.UNKNOWN)) {
            return t.get("headline.unknown");
        }
        if (d.targets().stream().anyMatch(v -> v.commitRisk() == CommitRisk.SAFE)) {
            return t.get("headline.safe");
        }
        return t.get("headline.noSysbox");
    }

    static String verdictLine(TargetVerdict v, ReportTexts t, FindingCatalogue words) {
        return t.get("verdict." + v.commitRisk().name().toLowerCase(Locale.ROOT), words.basis(v.modeBasis()));
    }

    static String tag(Severity s) {
        return switch (s) {
            case ERROR -> "[ERROR]";
            case WARNING -> "[WARN] ";
            case INFO -> "[INFO] ";
            case OK -> "[OK]   ";
        };
    }

    static String tri(Boolean b, ReportTexts t) {
        return t.get(b == null ? "value.unknown" : b ? "value.yes" : "value.no");
    }

    static String orUnknown(String s, ReportTexts t) {
        return s == null ? t.get("value.unknown") : s;
    }

    /** Breaks at spaces before column 100; text without spaces (Chinese) stays one line. */
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
