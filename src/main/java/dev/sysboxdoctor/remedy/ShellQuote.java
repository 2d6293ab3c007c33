package dev.sysboxdoctor.remedy;

import java.util.List;

/** POSIX quoting for showing argv to people; never used to build a command that runs. */
final class ShellQuote {
    private ShellQuote() {}

    static String join(List<String> argv) {
        StringBuilder sb = new StringBuilder();
        for (String a : argv) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(quote(a));
        }
        return sb.toString();
    }

    static String quote(String a) {
        if (!a.isEmpty() && a.matches("[A-Za-z0-9_./:=,+@%^-]+")) {
            return a;
        }
        return "'" + a.replace("'", "'\\''") + "'";
    }
}
