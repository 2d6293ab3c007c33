package dev.sysboxdoctor.ui.wizard;

import dev.sysboxdoctor.diagnose.SysboxMode;
import dev.sysboxdoctor.ui.common.I18n;
import java.util.Arrays;
import java.util.Locale;

/** A verified fact as people read it: "ID-mapped overlay: no → yes", not "overlayIdmap false true". */
final class FactWords {
    private FactWords() {}

    static String label(I18n t, String fact) {
        return t.getOr("wizard.fact." + fact, fact);
    }

    static String value(I18n t, String fact, String value) {
        if (value == null || value.isBlank()) {
            return t.get("wizard.value.none");
        }
        String v = value.strip();
        if (v.equals("true") || v.equals("false") || v.equals("unknown")) {
            return t.get("tri." + (v.equals("true") ? "yes" : v.equals("false") ? "no" : "unknown"));
        }
        if (fact.endsWith("mode") || fact.equals("mode")) {
            return Arrays.stream(SysboxMode.values()).filter(m -> m.name().equalsIgnoreCase(v)).findFirst()
                    .map(t.findings()::mode).orElse(v);
        }
        if (fact.endsWith("commitRisk")) {
            return t.getOr("wizard.value.risk." + v.toLowerCase(Locale.ROOT), v);
        }
        return t.getOr("wizard.value." + v.toLowerCase(Locale.ROOT), v);
    }

    /** Text in prose from the remedy room, without Markdown code marks: `wsl --update` reads “wsl --update”. */
    static String prose(String text) {
        if (text == null || text.indexOf('`') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean open = false;
        for (char c : text.toCharArray()) {
            if (c == '`') {
                out.append(open ? '\u201D' : '\u201C');
                open = !open;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
