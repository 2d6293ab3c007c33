package dev.sysboxdoctor.remedy;

import java.util.List;

/**
 * One step of a plan as the user sees it before consenting: the exact argv that will run (with
 * the privilege wrapper, e.g. {@code pkexec} or {@code wsl.exe -d NAME -u root -e}), or the file
 * and a unified diff of the change.
 *
 * @param kind         COMMAND (argv set), FILE_CHANGE (path and diff set) or CHECK (reads only)
 * @param argv         the command exactly as it will run; empty for file changes
 * @param path         the file a FILE_CHANGE writes, as the target machine names it
 * @param diff         unified diff of the file change ("" for commands)
 * @param privileged   needs root / elevation (pkexec, sudo -n, wsl -u root, UAC)
 * @param changesState false for read-only steps (these run during a dry run's checks too)
 * @param note         why this step exists, or what the user will see (e.g. "Windows asks for consent (UAC)")
 */
public record Step(String id, String title, Kind kind, List<String> argv, String path, String diff,
                   boolean privileged, boolean changesState, String note) {
    public enum Kind { COMMAND, FILE_CHANGE, CHECK }

    public Step {
        argv = List.copyOf(argv);
        path = path == null ? "" : path;
        diff = diff == null ? "" : diff;
        note = note == null ? "" : note;
    }

    /** A command that changes state, run as shown, without privilege and without a note until given. */
    public static Step command(String id, String title, List<String> argv) {
        return new Step(id, title, Kind.COMMAND, argv, "", "", false, true, "");
    }

    /** A change of {@code path} shown as its unified diff; {@link #runBy} names the command that writes it, if one does. */
    public static Step fileChange(String id, String title, String path, String diff) {
        return new Step(id, title, Kind.FILE_CHANGE, List.of(), path, diff, false, true, "");
    }

    /** This step, written by this command (e.g. through pkexec). */
    public Step runBy(List<String> command) {
        return new Step(id, title, kind, command, path, diff, privileged, changesState, note);
    }

    /** This step, needing root or elevation when {@code needed}. */
    public Step withPrivilege(boolean needed) {
        return new Step(id, title, kind, argv, path, diff, needed, changesState, note);
    }

    /** This step with why it exists, or what the user will see. */
    public Step withNote(String why) {
        return new Step(id, title, kind, argv, path, diff, privileged, changesState, why);
    }

    /** argv for display, arguments with spaces or quotes quoted POSIX-style. */
    public String commandLine() {
        return ShellQuote.join(argv);
    }

    /** The step as text: title, then the verbatim command or the diff. */
    public String preview() {
        StringBuilder sb = new StringBuilder(title);
        if (privileged) {
            sb.append("  [privileged]");
        }
        sb.append('\n');
        if (!note.isEmpty()) {
            sb.append("  ").append(note).append('\n');
        }
        if (!argv.isEmpty()) {
            sb.append("  $ ").append(commandLine()).append('\n');
        }
        if (!diff.isEmpty()) {
            diff.lines().forEach(l -> sb.append("  ").append(l).append('\n'));
        }
        return sb.toString();
    }
}
