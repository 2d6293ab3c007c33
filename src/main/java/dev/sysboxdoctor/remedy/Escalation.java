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

    /** root: NONE; else pkexec on PATH; else sudo on PATH (tried with -n); else UNAVAILABLE. */
    public static Escalation detect() {
        if ("root".equals(System.getProperty("user.name"))) {
            return NONE;
        }
        if (onPath("pkexec")) {
            return PKEXEC;
        }
        if (onPath("sudo")) {
            return SUDO;
        }
        return new Escalation(Kind.UNAVAILABLE,
                "This needs root: neither pkexec nor sudo is installed. Run sysbox-doctor as root.");
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
