package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandRunner;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a privileged command runs on local Linux: directly (already root, or a confined fixture
 * root), through {@code pkexec}, through {@code sudo -n}, or not at all (then the plan is refused
 * with the reason).
 */
public record Escalation(Kind kind, Unavailable why) {
    public enum Kind { NONE, PKEXEC, SUDO, UNAVAILABLE }

    /** Why root is out of reach; each is a text of the remedy bundle. */
    public enum Unavailable {
        SUDO_NEEDS_PASSWORD("escalation.sudoNeedsPassword"), NO_TOOL("escalation.noTool");

        private final String key;

        Unavailable(String key) {
            this.key = key;
        }
    }

    public static final Escalation NONE = new Escalation(Kind.NONE, null);
    public static final Escalation PKEXEC = new Escalation(Kind.PKEXEC, null);
    public static final Escalation SUDO = new Escalation(Kind.SUDO, null);

    /**
     * root: NONE; else pkexec on PATH (it asks for the password itself, through the desktop's
     * polkit agent or on the terminal); else sudo when {@code sudo -n true} works without a
     * password; else UNAVAILABLE with what to do.
     */
    public static Escalation detect(CommandRunner runner) {
        if ("root".equals(System.getProperty("user.name"))) {
            return NONE;
        }
        if (onPath("pkexec")) {
            return PKEXEC;
        }
        if (onPath("sudo")) {
            try {
                if (runner.run(Command.of("sudo", "-n", "true").withTimeout(Duration.ofSeconds(10))).ok()) {
                    return SUDO;
                }
            } catch (IOException e) {
                // fall through to the message
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return unavailable(Unavailable.SUDO_NEEDS_PASSWORD);
        }
        return unavailable(Unavailable.NO_TOOL);
    }

    public static Escalation unavailable(Unavailable why) {
        return new Escalation(Kind.UNAVAILABLE, why);
    }

    /** Why root is out of reach, in English; empty when it is not. */
    public String reason() {
        return reason(RemedyTexts.ENGLISH);
    }

    /** Why root is out of reach, in the plan's language; empty when it is not. */
    String reason(RemedyTexts t) {
        return why == null ? "" : t.get(why.key);
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
