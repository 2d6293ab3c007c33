package dev.sysboxdoctor.report;

import dev.sysboxdoctor.diagnose.CommitRisk;
import dev.sysboxdoctor.diagnose.HostKind;
import dev.sysboxdoctor.diagnose.Severity;
import dev.sysboxdoctor.inspect.KernelPlatform;
import dev.sysboxdoctor.inspect.ShiftfsState;
import java.util.Locale;

/**
 * The diagnosis' enums in words for the text and Markdown reports ({@code word.*} in
 * {@code i18n/report*.properties}); JSON keeps the enum names, which scripts match.
 */
final class EnumWords {
    private final ReportTexts t;

    EnumWords(ReportTexts t) {
        this.t = t;
    }

    String risk(CommitRisk r) {
        return word("risk", r);
    }

    String shiftfs(ShiftfsState s) {
        return word("shiftfs", s);
    }

    String host(HostKind h) {
        return word("host", h);
    }

    String platform(KernelPlatform p) {
        return word("platform", p);
    }

    String severity(Severity s) {
        return word("severity", s);
    }

    private String word(String kind, Enum<?> value) {
        return value == null ? t.get("value.unknown") : t.get("word." + kind + "." + value.name().toLowerCase(Locale.ROOT));
    }
}
