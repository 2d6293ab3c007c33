package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.ui.common.I18n;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the diagnoser decided a target's Sysbox mode, in the user's language. English keeps the
 * diagnoser's own line (it names kernel facts and journal lines); other languages say where the
 * decision came from (the journal, with the start's time, or a prediction), the evidence lines
 * below carry the details verbatim.
 */
final class ModeBasisTexts {
    private static final Pattern JOURNAL_AT = Pattern.compile("^sysbox-mgr's journal at (\\S+?):? ");

    /** The diagnoser's opening words of each kind of basis, and the bundle key that says it. */
    private static final Map<String, String> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("sysbox-mgr's journal", "basis.journal");
        KEYS.put("predicted", "basis.predicted");
        KEYS.put("cannot predict", "basis.cannotPredict");
        KEYS.put("Sysbox is not installed", "basis.notInstalled");
        KEYS.put("the target could not be inspected", "basis.uninspected");
        KEYS.put("WSL1 has no Linux kernel", "basis.wsl1");
        KEYS.put("Sysbox installation unknown", "basis.installUnknown");
    }

    private ModeBasisTexts() {}

    static String of(I18n t, String basis) {
        if (basis == null || basis.isBlank() || FindingTexts.english(t)) {
            return basis;
        }
        Matcher at = JOURNAL_AT.matcher(basis);
        if (at.find()) {
            return t.get("basis.journalAt", at.group(1));
        }
        for (Map.Entry<String, String> e : KEYS.entrySet()) {
            if (basis.startsWith(e.getKey())) {
                return t.get(e.getValue());
            }
        }
        return basis;
    }
}
