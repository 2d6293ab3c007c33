package dev.sysboxdoctor.report;

import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a report (headings, labels, headlines) in one language, from
 * {@code i18n/report*.properties}. {0}-style arguments are replaced literally (no MessageFormat),
 * so apostrophes stay as written. The findings' own words come from {@link FindingCatalogue}.
 */
public final class ReportTexts {
    public static final String BUNDLE = "i18n.report";
    private static final ReportTexts ENGLISH = new ReportTexts(Language.EN);
    private static final ReportTexts CHINESE = new ReportTexts(Language.ZH_CN);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private final ResourceBundle bundle;

    private ReportTexts(Language language) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static ReportTexts of(Language language) {
        return language == Language.ZH_CN ? CHINESE : ENGLISH;
    }

    /** The text for {@code key} with {0}, {1}... replaced by the arguments. */
    public String get(String key, Object... args) {
        String text;
        try {
            text = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report text missing: " + key, e);
        }
        // One pass: an argument that itself holds "{1}" (a name, a path) is never replaced again.
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        return m.appendTail(out).toString();
    }
}
