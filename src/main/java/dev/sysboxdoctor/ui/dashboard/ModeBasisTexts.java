package dev.sysboxdoctor.ui.dashboard;

import dev.sysboxdoctor.ui.common.I18n;
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

    private ModeBasisTexts() {}

    static String of(I18n t, String basis) {
        if (basis == null || basis.isBlank() || FindingTexts.english(t)) {
            return basis;
        }
        Matcher at = JOURNAL_AT.matcher(basis);
        if (at.find()) {
            return t.get("basis.journalAt", at.group(1));
        }
        if (basis.startsWith("sysbox-mgr's journal")) {
            return t.get("basis.journal");
        }
        if (basis.startsWith("predicted")) {
            return t.get("basis.predicted");
        }
        if (basis.startsWith("cannot predict")) {
            return t.get("basis.cannotPredict");
        }
        if (basis.startsWith("Sysbox is not installed")) {
            return t.get("basis.notInstalled");
        }
        if (basis.startsWith("the target could not be inspected")) {
            return t.get("basis.uninspected");
        }
        if (basis.startsWith("WSL1 has no Linux kernel")) {
            return t.get("basis.wsl1");
        }
        if (basis.startsWith("Sysbox installation unknown")) {
            return t.get("basis.installUnknown");
        }
        return basis;
    }
}
