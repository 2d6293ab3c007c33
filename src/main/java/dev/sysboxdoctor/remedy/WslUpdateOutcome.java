package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.WslReply;
import java.util.Locale;

/** What a {@code wsl --update} run means, from its exit code, error token and (English) text. Pure. */
record WslUpdateOutcome(boolean ok, boolean alreadyCurrent, String message) {
    static WslUpdateOutcome of(WslReply r) {
        return of(r, RemedyTexts.ENGLISH);
    }

    static WslUpdateOutcome of(WslReply r, RemedyTexts t) {
        String text = r.allText();
        String lower = text.toLowerCase(Locale.ROOT);
        String code = r.errorCode();
        if (r.timedOut()) {
            return new WslUpdateOutcome(false, false, t.get("update.timedOut"));
        }
        if (lower.contains("1603") || (code != null && code.endsWith("E_ABORT"))) {
            return new WslUpdateOutcome(false, false, t.get("update.declined", code == null ? "Wsl/UpdatePackage/E_ABORT" : code));
        }
        if (lower.contains("access is denied")) {
            return new WslUpdateOutcome(false, false, t.get("update.accessDenied"));
        }
        if (lower.contains("invalid command line option")) {
            return new WslUpdateOutcome(false, false, t.get("update.inbox"));
        }
        if (code != null && (code.contains("WININET") || code.contains("0x80072") || code.contains("HTTP"))
                || lower.contains("internet") || lower.contains("network") || lower.contains("could not be resolved")
                || lower.contains("0x80072")) {
            return new WslUpdateOutcome(false, false, t.get("update.network", text.strip().replace('\n', ' ')));
        }
        if (lower.contains("already installed")) {
            return new WslUpdateOutcome(true, true, t.get("update.current"));
        }
        if (r.ok()) {
            return new WslUpdateOutcome(true, false, t.get("update.done"));
        }
        if (lower.contains("updating windows subsystem for linux to version") && code == null) {
            // An MSIX update ends the process with Ctrl-C; the re-check decides.
            return new WslUpdateOutcome(true, false, t.get("update.started", r.exitCode()));
        }
        return new WslUpdateOutcome(false, false, text.isBlank() ? t.get("update.failed", r.exitCode())
                : t.get("update.failedWith", r.exitCode(), text.strip().replace('\n', ' ')));
    }
}
