package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.ui.common.I18n;
import java.util.Locale;

/**
 * A finding's words in the user's language. English uses the diagnoser's own sentences (they
 * carry the specifics); other languages use the bundle's text for the finding id: a key for the
 * finding's severity first ({@code finding.ID.WARNING.why}, where the diagnoser says different
 * things by severity), a machine-wide key when the finding names no target, then the id's key.
 * Evidence lines are shown as they are, untranslated.
 */
public final class FindingTexts {
    private FindingTexts() {}

    public static String title(I18n t, Finding f) {
        return text(t, f, "title", f.title());
    }

    public static String why(I18n t, Finding f) {
        return text(t, f, "why", f.detail() == null ? "" : f.detail());
    }

    private static String text(I18n t, Finding f, String part, String english) {
        if (english(t)) {
            return english;
        }
        String base = "finding." + f.id() + ".";
        for (String key : new String[] {base + f.severity().name() + "." + part,
                f.target() == null ? base + "machine." + part : null, base + part}) {
            if (key != null && t.has(key)) {
                return t.get(key, f.target() == null ? t.get("finding.thisMachine") : f.target());
            }
        }
        return english;
    }

    static boolean english(I18n t) {
        return Locale.ENGLISH.getLanguage().equals(t.locale().getLanguage());
    }
}
