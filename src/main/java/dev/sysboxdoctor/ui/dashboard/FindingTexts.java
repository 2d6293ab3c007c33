package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.ui.common.I18n;
import java.util.Locale;

/**
 * A finding's words in the user's language. English uses the diagnoser's own sentences (they
 * carry the specifics); other languages use the bundle's text for the finding id, falling back to
 * the English sentence for ids the bundle does not know.
 */
public final class FindingTexts {
    private FindingTexts() {}

    public static String title(I18n t, Finding f) {
        if (english(t) || !t.has(key(f, "title"))) {
            return f.title();
        }
        return t.get(key(f, "title"), f.target() == null ? "" : f.target());
    }

    public static String why(I18n t, Finding f) {
        if (english(t) || !t.has(key(f, "why"))) {
            return f.detail() == null ? "" : f.detail();
        }
        return t.get(key(f, "why"), f.target() == null ? "" : f.target());
    }

    private static boolean english(I18n t) {
        return Locale.ENGLISH.getLanguage().equals(t.locale().getLanguage());
    }

    private static String key(Finding f, String part) {
        return "finding." + f.id() + "." + part;
    }
}
