package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.WslReply;
import java.util.Locale;

/** What a {@code wsl --update} run means, from its exit code, error token and (English) text. Pure. */
record WslUpdateOutcome(boolean ok, boolean alreadyCurrent, String message) {
    static WslUpdateOutcome of(WslReply r) {
        String text = r.allText();
        String lower = text.toLowerCase(Locale.ROOT);
        String code = r.errorCode();
        if (r.timedOut()) {
            return new WslUpdateOutcome(false, false, "wsl --update did not finish in time (no answer to the UAC "
                    + "prompt, or a stalled download). Nothing was changed by sysbox-doctor.");
        }
        if (lower.contains("1603") || (code != null && code.endsWith("E_ABORT"))) {
            return new WslUpdateOutcome(false, false, "The update was declined or lacked administrator rights "
                    + "(Update failed (exit code: 1603), " + (code == null ? "Wsl/UpdatePackage/E_ABORT" : code) + "). "
                    + "Run again and accept the UAC prompt, or run `wsl --update` in a terminal opened as administrator.");
        }
        if (lower.contains("access is denied")) {
            return new WslUpdateOutcome(false, false, "wsl --update: Access is denied. Run it as your own Windows user "
                    + "(not SYSTEM or a service account), in a terminal opened as administrator.");
        }
        if (lower.contains("invalid command line option")) {
            return new WslUpdateOutcome(false, false, "This wsl.exe is the old inbox version and cannot update itself: "
                    + "install WSL from the Microsoft Store (or github.com/microsoft/WSL/releases), then run again.");
        }
        if (code != null && (code.contains("WININET") || code.contains("0x80072") || code.contains("HTTP"))
                || lower.contains("internet") || lower.contains("network") || lower.contains("could not be resolved")
                || lower.contains("0x80072")) {
            return new WslUpdateOutcome(false, false, "wsl --update could not download the update (no network?): "
                    + text.strip().replace('\n', ' ') + ". Connect to the internet and run again.");
        }
        if (lower.contains("already installed")) {
            return new WslUpdateOutcome(true, true, "WSL is already the newest version.");
        }
        if (r.ok()) {
            return new WslUpdateOutcome(true, false, "WSL was updated.");
        }
        if (lower.contains("updating windows subsystem for linux to version") && code == null) {
            // An MSIX update ends the process with Ctrl-C; the re-check decides.
            return new WslUpdateOutcome(true, false, "The WSL update was started (exit " + r.exitCode() + "); the re-check tells whether it took.");
        }
        return new WslUpdateOutcome(false, false, "wsl --update failed (exit " + r.exitCode() + ")"
                + (text.isBlank() ? "." : ": " + text.strip().replace('\n', ' ')));
    }
}
