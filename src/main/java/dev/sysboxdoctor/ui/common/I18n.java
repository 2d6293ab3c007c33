package dev.sysboxdoctor.ui.common;

import dev.sysboxdoctor.report.FindingCatalogue;
import dev.sysboxdoctor.report.Language;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user-visible strings of one language, from {@code i18n/messages*.properties} (UTF-8).
 * English is the base bundle; Simplified Chinese is {@code messages_zh_CN}. Other locales fall
 * back to English rather than to the JVM's default locale.
 */
public final class I18n {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);

    private final Locale locale;
    private final ResourceBundle bundle;

    private I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The bundle for a settings value: "en", "zh-CN", or "system" (follows the OS locale). */
    public static I18n forLanguage(String language, Locale system) {
        return new I18n(resolve(language, system));
    }

    public static Locale resolve(String language, Locale system) {
        if (language == null || language.isBlank() || "system".equals(language)) {
            return Language.of(system).locale();
        }
        return "zh-CN".equalsIgnoreCase(language) || "zh".equalsIgnoreCase(language) ? ZH_CN : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    /** This window language as the reports know it. */
    public Language language() {
        return Language.of(locale);
    }

    /** The findings' words (titles, details, mode bases) in this language. */
    public FindingCatalogue findings() {
        return FindingCatalogue.of(locale);
    }

    /** The text for {@code key}, with {0}-style arguments filled in. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warn("missing message key {} for {}", key, locale);
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        String text = new MessageFormat(pattern, locale).format(args);
        return "zh".equals(locale.getLanguage()) ? tidyCjkSpacing(text) : text;
    }

    /**
     * Chinese text with Chinese words filled in: no space between two Chinese characters
     * ("然后 快照" reads as a typo); spaces next to Latin words stay.
     */
    static String tidyCjkSpacing(String text) {
        return CJK_GAP.matcher(text).replaceAll("");
    }

    private static final Pattern CJK_GAP = Pattern.compile(
            "(?<=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])[ \\t]+(?=[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF])");

    /** The text for {@code key} if the bundle has it, else {@code fallback} (e.g. a service's English text). */
    public String getOr(String key, String fallback, Object... args) {
        return bundle.containsKey(key) ? get(key, args) : fallback;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
