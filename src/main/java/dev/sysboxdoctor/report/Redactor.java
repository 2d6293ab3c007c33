package dev.sysboxdoctor.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes secrets from text before it is printed: credentials in URLs and secret-looking
 * {@code KEY=value} pairs always; user names in home paths too when the text is meant for sharing.
 */
public final class Redactor {
    private static final Pattern URL_CREDENTIALS = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s:@]+:[^/\\s@]+@");
    private static final Pattern SECRET_PAIR = Pattern.compile(
            "(?i)\\b([A-Z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|APIKEY|API_KEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIAL)[A-Z0-9_]*)\\s*([=:])\\s*(\"[^\"]*\"|'[^']*'|\\S+)");
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{8,}");
    private static final Pattern UNIX_HOME = Pattern.compile("(/home/|/Users/|/mnt/[a-z]/Users/)([^/\\s'\"$:]+)");
    private static final Pattern WINDOWS_HOME = Pattern.compile("(?i)([A-Z]:\\\\{1,2}Users\\\\{1,2})([^\\\\\\s'\"]+)");

    /** syslog-style journal prefix "Nov 28 09:00:00 HOST name[pid]:" or short-iso "2026-...+0000 HOST name[pid]:". */
    private static final Pattern JOURNAL_HOST = Pattern.compile("(?m)^((?:[A-Z][a-z]{2} +\\d+ [\\d:]+|\\d{4}-\\d\\d-\\d\\dT[\\d:.]+[+-Z][\\d:]*) )(\\S+)( [\\w.-]+\\[\\d+\\]:)");

    private final boolean forSharing;

    private Redactor(boolean forSharing) {
        this.forSharing = forSharing;
    }

    /** Secrets only: for the user's own terminal and JSON. */
    public static Redactor secretsOnly() {
        return new Redactor(false);
    }

    /** Secrets and user names in paths: for Markdown pasted into a public bug report. */
    public static Redactor forSharing() {
        return new Redactor(true);
    }

    public String apply(String text) {
        if (text == null) {
            return null;
        }
        String t = URL_CREDENTIALS.matcher(text).replaceAll("$1***@");
        t = SECRET_PAIR.matcher(t).replaceAll("$1$2***");
        t = BEARER.matcher(t).replaceAll("$1 ***");
        if (forSharing) {
            t = replaceUser(UNIX_HOME.matcher(t));
            t = replaceUser(WINDOWS_HOME.matcher(t));
            t = JOURNAL_HOST.matcher(t).replaceAll("$1HOST$3");
        }
        return t;
    }

    private static String replaceUser(Matcher m) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "USER"));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
