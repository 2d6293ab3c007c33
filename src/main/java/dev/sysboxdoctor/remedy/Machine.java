package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.LinuxTarget;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.host.WslOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Linux system a remedy changes: the local one (files under a root dir; privileged commands
 * through pkexec / sudo -n) or a WSL distro (every command one {@code wsl.exe -d NAME -u root -e}
 * launch). File changes on a confined root (a fixture) or as root are plain Java I/O; otherwise
 * they are privileged commands whose argv the plan shows. Remote scripts are constants that take
 * paths as {@code $1}; {@code SYSBOX_DOCTOR_ROOT} (empty on a real machine) prefixes every path.
 */
final class Machine {
    static final String READ = "f=\"${SYSBOX_DOCTOR_ROOT:-}$1\"; [ -e \"$f\" ] || exit 3; cat \"$f\"";
    static final String LIST = "d=\"${SYSBOX_DOCTOR_ROOT:-}$1\"; [ -d \"$d\" ] || exit 3; ls -1A \"$d\"";
    static final String WRITE = "f=\"${SYSBOX_DOCTOR_ROOT:-}$1\"; mkdir -p \"${f%/*}\" && cat > \"$f.sysbox-doctor.tmp\" "
            + "&& chmod 0644 \"$f.sysbox-doctor.tmp\" && mv -f \"$f.sysbox-doctor.tmp\" \"$f\"";
    static final String REMOVE = "f=\"${SYSBOX_DOCTOR_ROOT:-}$1\"; shift; rm -f \"$f\" || exit 1; "
            + "for d in \"$@\"; do rmdir \"${SYSBOX_DOCTOR_ROOT:-}$d\" || exit 1; done";

    private final LinuxTarget target;
    private final WslCli wsl;
    private final String distro;
    private final Path root;
    private final Escalation escalation;
    private final boolean directFiles;
    private final Duration timeout;
    private final RemedyTexts t;

    private Machine(LinuxTarget target, WslCli wsl, String distro, Path root, Escalation escalation,
                    boolean directFiles, Duration timeout, RemedyTexts texts) {
        this.t = texts;
        this.target = target;
        this.wsl = wsl;
        this.distro = distro;
        this.root = root;
        this.escalation = escalation;
        this.directFiles = directFiles;
        this.timeout = timeout;
    }

    /** The local machine under {@code env.root()}. */
    static Machine local(RemedyEnvironment env) {
        boolean direct = env.confined() || env.escalation().kind() == Escalation.Kind.NONE;
        return new Machine(LinuxTarget.local(env.runner(), env.root()), null, null, env.root(), env.escalation(),
                direct, env.commandTimeout(), env.texts());
    }

    /** A WSL distro through wsl.exe. */
    static Machine wsl(RemedyEnvironment env, WslCli cli, String distro) {
        return new Machine(LinuxTarget.wsl(cli, distro), cli, distro, null, Escalation.NONE, false, env.commandTimeout(), env.texts());
    }

    String label() {
        return wsl == null ? (root.equals(root.getRoot()) ? t.get("machine.this") : t.get("machine.under", root))
                : t.get("machine.wslDistro", distro);
    }

    /** The language of this machine's messages (and of the plans made for it). */
    RemedyTexts texts() {
        return t;
    }

    /** The WSL distro name, or null for the local machine. */
    String distroName() {
        return distro;
    }

    boolean isWsl() {
        return wsl != null;
    }

    /** A privileged command that cannot run here, or empty. */
    Optional<String> privilegeProblem() {
        if (wsl == null && !directFiles && escalation.kind() == Escalation.Kind.UNAVAILABLE) {
            return Optional.of(escalation.reason(t));
        }
        return Optional.empty();
    }

    /** True when a change here needs root (false on a confined fixture root). */
    boolean changesNeedRoot() {
        return wsl != null || root.equals(root.getRoot());
    }

    /** The argv that really runs for {@code cmd}, as the plan shows it. */
    List<String> shownArgv(List<String> cmd, boolean privileged) {
        if (wsl != null) {
            return wsl.execCommand(distro, "root", cmd, null, timeout).argv();
        }
        return privileged && root.equals(root.getRoot()) ? escalation.wrap(cmd) : List.copyOf(cmd);
    }

    CommandResult run(List<String> cmd, boolean privileged, byte[] stdin, Duration t)
            throws StepFailedException, InterruptedException {
        try {
            if (wsl != null) {
                return target.run(cmd, stdin, t);
            }
            return target.run(shownArgv(cmd, privileged), stdin, t);
        } catch (IOException e) {
            throw new StepFailedException(this.t.get("machine.cannotRun", cmd.get(0), label(), e.getMessage()), e);
        }
    }

    CommandResult run(List<String> cmd, boolean privileged) throws StepFailedException, InterruptedException {
        return run(cmd, privileged, null, timeout);
    }

    /** Runs a command; a non-zero exit or a timeout becomes a StepFailedException with its output. */
    String runOk(List<String> cmd, boolean privileged, Duration t) throws StepFailedException, InterruptedException {
        CommandResult r = run(cmd, privileged, null, t);
        if (!r.ok()) {
            throw new StepFailedException(r.summary() + tail(r));
        }
        return r.stdoutText();
    }

    Optional<String> read(String path) throws StepFailedException, InterruptedException {
        if (wsl == null) {
            try {
                return Optional.of(Files.readString(local(path), StandardCharsets.UTF_8));
            } catch (NoSuchFileException e) {
                return Optional.empty();
            } catch (IOException e) {
                throw new StepFailedException(t.get("machine.cannotRead", path, label(), e.getMessage()), e);
            }
        }
        CommandResult r = run(List.of("sh", "-c", READ, "sh", path), false);
        if (r.exitCode() == 3) {
            return Optional.empty();
        }
        if (!r.ok()) {
            throw new StepFailedException(t.get("machine.cannotRead", path, label(), r.summary() + tail(r)));
        }
        return Optional.of(r.stdoutText());
    }

    boolean isDirectory(String path) throws StepFailedException, InterruptedException {
        if (wsl == null) {
            return Files.isDirectory(local(path));
        }
        return run(List.of("sh", "-c", LIST, "sh", path), false).exitCode() != 3;
    }

    /** File names in a directory (empty when it does not exist). */
    List<String> list(String dir) throws StepFailedException, InterruptedException {
        if (wsl == null) {
            try (Stream<Path> s = Files.list(local(dir))) {
                return s.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (NoSuchFileException e) {
                return List.of();
            } catch (IOException e) {
                throw new StepFailedException(t.get("machine.cannotList", dir, label(), e.getMessage()), e);
            }
        }
        CommandResult r = run(List.of("sh", "-c", LIST, "sh", dir), false);
        if (r.exitCode() == 3) {
            return List.of();
        }
        if (!r.ok()) {
            throw new StepFailedException(t.get("machine.cannotList", dir, label(), r.summary()));
        }
        return r.stdoutText().lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    /** The command that writes a file, or empty when the write is plain file I/O. */
    List<String> writeArgv(String path) {
        return directFiles ? List.of() : shownArgv(List.of("sh", "-c", WRITE, "sh", path), true);
    }

    List<String> removeArgv(String path, List<String> dirs) {
        return directFiles ? List.of() : shownArgv(removeCommand(path, dirs), true);
    }

    private static List<String> removeCommand(String path, List<String> dirs) {
        List<String> cmd = new ArrayList<>(List.of("sh", "-c", REMOVE, "sh", path));
        cmd.addAll(dirs);
        return cmd;
    }

    void write(String path, String content) throws StepFailedException, InterruptedException {
        if (directFiles) {
            try {
                Path p = local(path);
                Files.createDirectories(p.getParent());
                WslConfigFile.writeAtomically(p, content.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new StepFailedException(t.get("machine.cannotWrite", path, e.getMessage()), e);
            }
            return;
        }
        CommandResult r = run(List.of("sh", "-c", WRITE, "sh", path), true, content.getBytes(StandardCharsets.UTF_8), timeout);
        if (!r.ok()) {
            throw new StepFailedException(t.get("machine.cannotWrite", path, r.summary() + tail(r)));
        }
    }

    /** Removes a file, then the (then empty) directories {@code dirs}, deepest first. */
    void remove(String path, List<String> dirs) throws StepFailedException, InterruptedException {
        if (directFiles) {
            try {
                Files.deleteIfExists(local(path));
                for (String d : dirs) {
                    Files.deleteIfExists(local(d));
                }
            } catch (IOException e) {
                throw new StepFailedException(t.get("machine.cannotRemove", path, e.getMessage()), e);
            }
            return;
        }
        CommandResult r = run(removeCommand(path, dirs), true, null, timeout);
        if (!r.ok()) {
            throw new StepFailedException(t.get("machine.cannotRemove", path, r.summary() + tail(r)));
        }
    }

    /** A path of the target machine resolved under the local root; never escapes it. */
    Path local(String path) throws StepFailedException {
        Path p = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!p.startsWith(root)) {
            throw new StepFailedException(t.get("machine.outside", path, root));
        }
        return p;
    }

    static String tail(CommandResult r) {
        String out = (r.stderrText() + "\n" + WslOutput.decode(r.stdout())).strip();
        List<String> lines = new ArrayList<>(out.lines().toList());
        if (lines.isEmpty()) {
            return "";
        }
        return ": " + String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }
}
