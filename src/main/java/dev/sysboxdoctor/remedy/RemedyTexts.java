package dev.sysboxdoctor.remedy;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The remedy room's words in one language, from {@code i18n/remedy*.properties} (UTF-8). English
 * is the base bundle (the CLI's text); Simplified Chinese is {@code remedy_zh_CN}. Arguments are
 * {0}-style and replaced literally (no MessageFormat), so English apostrophes stay as written.
 * Commands, flags, paths and diffs are arguments, never translated.
 */
final class RemedyTexts {
    static final String BUNDLE = "i18n.remedy";
    static final RemedyTexts ENGLISH = new RemedyTexts(Locale.ROOT);

    private final ResourceBundle bundle;

    private RemedyTexts(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static RemedyTexts of(Locale locale) {
        return locale == null || Locale.ROOT.equals(locale) ? ENGLISH : new RemedyTexts(locale);
    }

    /** The text for {@code key} with {0}, {1}... replaced by the arguments. */
    String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("remedy text missing: " + key, e);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }
}
