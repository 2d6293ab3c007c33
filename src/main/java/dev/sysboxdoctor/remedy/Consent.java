package dev.sysboxdoctor.remedy;

/** The user's answer to "run these steps?" (the CLI's --yes, the wizard's Apply button). */
public record Consent(boolean granted) {
    public static final Consent GRANTED = new Consent(true);
    public static final Consent DENIED = new Consent(false);
}
