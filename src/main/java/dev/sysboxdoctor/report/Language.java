package dev.sysboxdoctor.report;

import java.util.Locale;

/**
 * The two languages the product speaks. The CLI's {@code --lang en|zh-CN} and the window's
 * setting name one; without a choice the system locale decides: Simplified Chinese for a
 * Chinese locale that is not Traditional (TW, HK, Hant), English for everything else.
 */
public enum Language {
    EN(Locale.ENGLISH, "en"), ZH_CN(Locale.SIMPLIFIED_CHINESE, "zh-CN");

    private final Locale locale;
    private final String tag;

    Language(Locale locale, String tag) {
        this.locale = locale;
        this.tag = tag;
    }

    public Locale locale() {
        return locale;
    }

    /** As the user writes it: {@code en} or {@code zh-CN}. */
    public String tag() {
        return tag;
    }

    /** The language of a system locale. */
    public static Language of(Locale system) {
        boolean traditional = "TW".equals(system.getCountry()) || "HK".equals(system.getCountry()) || "Hant".equals(system.getScript());
        return "zh".equals(system.getLanguage()) && !traditional ? ZH_CN : EN;
    }

    /** {@code en}, {@code zh-CN} (also {@code zh}, any case); anything else is not a language we speak. */
    public static Language parse(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag)) {
                return l;
            }
        }
        if ("zh".equalsIgnoreCase(tag)) {
            return ZH_CN;
        }
        throw new IllegalArgumentException("unknown language '" + tag + "' (expected en or zh-CN)");
    }
}
