package dev.sysboxdoctor.image.render;

import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Verdict;
import dev.sysboxdoctor.report.ReportTexts;
import java.util.Locale;

/** The image room's enums in words for people (text and Markdown); JSON keeps the enum names. */
final class Words {
    private Words() {}

    static String verdict(Verdict v, ReportTexts t) {
        return t.get("image.verdict." + v.name().toLowerCase(Locale.ROOT));
    }

    static String aspect(Difference.Aspect a, ReportTexts t) {
        return t.get("image.aspect." + a.name().toLowerCase(Locale.ROOT));
    }
}
