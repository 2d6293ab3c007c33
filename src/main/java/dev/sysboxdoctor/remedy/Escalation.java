package dev.sysboxdoctor.remedy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a privileged command runs on local Linux: directly (already root, or a confined fixture
 * root), through {@code pkexec}, through {@code sudo -n}, or not at all (then the plan is refused
 * with the reason).
 */
public record Escalation(Kind kind, String reason) {
    public enum Kind { NONE, PKEXEC, SUDO, UNAVAILABLE }

    public static final Escalation NONE = new Escalation(Kind.NONE, "");
    public static final Escalation PKEXEC = new Escalation(Kind.PKEXEC, "");
    public static final Escalation SUDO = new Escalation(Kind.SUDO, "");

    /**
     * root: NONE; else pkexec on PATH (it asks for the password itself, through the desktop's
     * polkit agent or on the terminal); else sudo when {@code sudo -n true} works without a
     * password; else UNAVAILABLE with what to do.
     */
    public static Escalation detect(dev.sysboxdoctor.host.CommandRunner runner) {
        if ("root".equals(System.getProperty("user.name"))) {
            return NONE;
        }
        if (onPath("pkexec")) {
            return PKEXEC;
        }
        if (onPath("sudo")) {
            try {
                if (runner.run(dev.sysboxdoctor.host.Command.of("sudo", "-n", "true")
                        .withTimeout(java.time.Duration.ofSeconds(10))).ok()) {
                    return SUDO;
                }
            } catch (java.io.IOException e) {
                // fall through to the message
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return unavailable("escalation.sudoNeedsPassword");
        }
        return unavailable("escalation.noTool");
    }

    /** Why root is out of reach, from the English bundle: {@link #reason(RemedyTexts)} says it in the plan's language. */
    private static Escalation unavailable(String key) {
        return new Escalation(Kind.UNAVAILABLE, RemedyTexts.ENGLISH.get(key));
    }

    /** The reason in another language (the reason is one of the bundle's own texts). */
    String reason(RemedyTexts t) {
        for (String key : List.of("escalation.sudoNeedsPassword", "escalation.noTool")) {
            if (reason.equals(RemedyTexts.ENGLISH.get(key))) {
                return t.get(key);
            }
        }
        return reason;
    }

    /** The argv that runs {@code argv} as root. */
    public List<String> wrap(List<String> argv) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case PKEXEC -> out.add("pkexec");
            case SUDO -> {
                out.add("sudo");
                out.add("-n");
            }
            default -> { }
        }
        out.addAll(argv);
        return out;
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
