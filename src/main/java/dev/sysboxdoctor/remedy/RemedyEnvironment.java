package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.host.HostOs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where remedies act and how they reach it.
 *
 * @param root       Linux files are read and written under this directory ("/" on a real machine;
 *                   a fixture root in tests). The .wslconfig path is confined under it too when it is not "/".
 * @param wslExe     wsl.exe to drive WSL with (Windows, or inside WSL through interop); null: no WSL
 * @param wslConfig  the .wslconfig file; null: %USERPROFILE%\.wslconfig found through wsl.exe / the environment
 * @param distro     the WSL distro that runs Sysbox (precheck from Windows); null: the local Linux system
 * @param escalation how a privileged command runs on local Linux (ignored for wsl.exe, which uses -u root)
 * @param runner     runs every external command
 * @param commandTimeout timeout of ordinary commands; wsl --update gets its own, longer one
 * @param locale     the language of plan texts, refusals and step messages (Locale.ROOT: English, the CLI's)
 * @param guards     the Docker Engine whose Sysbox containers a plan that stops Sysbox or WSL saves first
 *                   and restores after; null: none known (the plan then only warns that containers stop)
 */
public record RemedyEnvironment(Path root, Path wslExe, Path wslConfig, String distro, Escalation escalation,
                                CommandRunner runner, Duration commandTimeout, Locale locale,
                                ContainerGuard.Source guards) {
    public RemedyEnvironment {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(runner, "runner");
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(60) : commandTimeout;
        locale = locale == null ? Locale.ROOT : locale;
    }

    /** No container guard. */
    public RemedyEnvironment(Path root, Path wslExe, Path wslConfig, String distro, Escalation escalation,
                             CommandRunner runner, Duration commandTimeout, Locale locale) {
        this(root, wslExe, wslConfig, distro, escalation, runner, commandTimeout, locale, null);
    }

    /** English texts (the CLI's). */
    public RemedyEnvironment(Path root, Path wslExe, Path wslConfig, String distro, Escalation escalation,
                             CommandRunner runner, Duration commandTimeout) {
        this(root, wslExe, wslConfig, distro, escalation, runner, commandTimeout, Locale.ROOT);
    }

    /** The real machine: "/" with the escalation found on PATH. */
    public static RemedyEnvironment local(CommandRunner runner) {
        return new RemedyEnvironment(Path.of("/"), null, null, null, Escalation.detect(runner), runner, null);
    }

    public RemedyEnvironment withRoot(Path dir) {
        return new RemedyEnvironment(dir, wslExe, wslConfig, distro, escalation, runner, commandTimeout, locale, guards);
    }

    public RemedyEnvironment withWslExe(Path exe) {
        return new RemedyEnvironment(root, exe, wslConfig, distro, escalation, runner, commandTimeout, locale, guards);
    }

    public RemedyEnvironment withWslConfig(Path file) {
        return new RemedyEnvironment(root, wslExe, file, distro, escalation, runner, commandTimeout, locale, guards);
    }

    public RemedyEnvironment withDistro(String name) {
        return new RemedyEnvironment(root, wslExe, wslConfig, name, escalation, runner, commandTimeout, locale, guards);
    }

    public RemedyEnvironment withEscalation(Escalation e) {
        return new RemedyEnvironment(root, wslExe, wslConfig, distro, e, runner, commandTimeout, locale, guards);
    }

    /** The same machine, with plan texts in this language. */
    public RemedyEnvironment withLocale(Locale l) {
        return new RemedyEnvironment(root, wslExe, wslConfig, distro, escalation, runner, commandTimeout, l, guards);
    }

    /** The same machine, its containers guarded through {@code source}. */
    public RemedyEnvironment withGuards(ContainerGuard.Source source) {
        return new RemedyEnvironment(root, wslExe, wslConfig, distro, escalation, runner, commandTimeout, locale, source);
    }

    RemedyTexts texts() {
        return RemedyTexts.of(locale);
    }

    /** The wsl.exe to use: the given one, else {@code wsl.exe} on Windows, else none (native Linux). */
    public String effectiveWslExe() {
        if (wslExe != null) {
            return wslExe.toString();
        }
        return HostOs.isWindows() ? "wsl.exe" : null;
    }

    /** True when files live under a directory other than "/" (a fixture or a mounted image). */
    public boolean confined() {
        return !root.equals(root.getRoot());
    }
}
