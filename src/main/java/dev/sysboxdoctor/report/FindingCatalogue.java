package dev.sysboxdoctor.report;

import dev.sysboxdoctor.diagnose.Finding;
import dev.sysboxdoctor.diagnose.FindingNote;
import dev.sysboxdoctor.diagnose.ModeBasis;
import dev.sysboxdoctor.diagnose.SysboxMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one renderer of findings: a finding's kind and typed arguments become its title and detail
 * in one language, from {@code i18n/findings*.properties}. The CLI text, Markdown, JSON and the
 * window all take their finding words from here, so a finding reads the same everywhere.
 */
public final class FindingCatalogue {
    public static final String BUNDLE = "i18n.findings";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)(?:\\|([^|}]*)\\|([^}]*))?}");
    private static final FindingCatalogue ENGLISH = new FindingCatalogue(Language.EN);
    private static final FindingCatalogue CHINESE = new FindingCatalogue(Language.ZH_CN);

    private final Language language;
    private final ResourceBundle bundle;

    private FindingCatalogue(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static FindingCatalogue of(Language language) {
        return language == Language.ZH_CN ? CHINESE : ENGLISH;
    }

    public static FindingCatalogue of(Locale locale) {
        return of(Language.of(locale));
    }

    public static FindingCatalogue english() {
        return ENGLISH;
    }

    public Language language() {
        return language;
    }

    public String title(Finding f) {
        return fill(text(f.kind().key() + ".title"), values(f));
    }

    /** The detail, then each note's sentence. */
    public String detail(Finding f) {
        Map<String, Object> values = values(f);
        StringBuilder sb = new StringBuilder(fill(text(f.kind().key() + ".detail"), values));
        for (FindingNote n : f.notes()) {
            sb.append(text("value.sentence.separator")).append(fill(text(n.key()), values));
        }
        return sb.toString();
    }

    /** How a mode was decided, e.g. "sysbox-mgr's journal at 2026-11-28T09:00:00Z: shiftfs found and works". */
    public String basis(ModeBasis b) {
        if (b == null) {
            return "";
        }
        String at = b.at() == null ? "" : fill(text("basis.at"), Map.of("at", b.at().toString()));
        return fill(text(b.kind().key()), Map.of("at", at));
    }

    /** Sysbox's method in words; the one source of these words for the reports and the window. */
    public String mode(SysboxMode m) {
        return text("mode." + (m == null ? SysboxMode.UNKNOWN : m).name().toLowerCase(Locale.ROOT));
    }

    private Map<String, Object> values(Finding f) {
        Map<String, Object> v = new HashMap<>();
        f.args().forEach((a, value) -> v.put(a.placeholder(), value));
        v.put("target", f.target());
        return v;
    }

    private String fill(String text, Map<String, Object> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (!values.containsKey(name)) {
                replacement = m.group();
            } else if (m.group(2) != null) {
                replacement = Integer.valueOf(1).equals(values.get(name)) ? m.group(2) : m.group(3);
            } else {
                replacement = format(name, values.get(name));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private String format(String name, Object value) {
        if (value == null) {
            String specific = "value." + name + ".null";
            return text(bundle.containsKey(specific) ? specific : "value.null");
        }
        if (value instanceof List<?> list) {
            return String.join(text("value.list.separator"), list.stream().map(String::valueOf).toList());
        }
        if (value instanceof SysboxMode mode) {
            return mode(mode);
        }
        if (value instanceof ModeBasis basis) {
            return basis(basis);
        }
        return value.toString();
    }

    /** The catalogue's text; a missing key shows as the key (FindingCatalogueTest keeps that from shipping). */
    private String text(String key) {
        return bundle.containsKey(key) ? bundle.getString(key) : key;
    }
}
