package dev.sysboxdoctor.inspect;

import java.util.Locale;

/** What the inspector is doing now; a window words it in its own language, the CLI prints the English. */
public enum InspectionStep {
    LISTING_DISTROS("Asking wsl.exe for the distros"),
    WSL_VERSION("Asking wsl.exe for its version"),
    TARGET("Inspecting %s"),
    THIS_MACHINE("Inspecting this machine");

    private final String english;

    InspectionStep(String english) {
        this.english = english;
    }

    /** The English sentence; {@code subject} is the distro for {@link #TARGET}, else unused. */
    public String english(String subject) {
        return String.format(Locale.ROOT, english, subject);
    }
}
