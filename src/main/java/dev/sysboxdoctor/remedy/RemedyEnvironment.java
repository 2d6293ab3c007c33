package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.inspect.MachineAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where remedies act and how they reach it: the machine's address (shared with inspection) and
 * what only fixing needs.
 *
 * @param address    the machine. Its root: Linux files are read and written under it ("/" when null;
 *                   a fixture root in tests), and the .wslconfig path is confined under it too when it
 *                   is not "/". Its distro: the WSL distro that runs Sysbox (precheck from Windows);
 *                   null: the local Linux system. Its wslExe null: no WSL (except wsl.exe on Windows)
 * @param escalation how a privileged command runs on local Linux (ignored for wsl.exe, which uses -u root)
 * @param runner     runs every external command
 * @param commandTimeout timeout of ordinary commands; wsl --update gets its own, longer one
 * @param locale     the language of plan texts, refusals and step messages (Locale.ROOT: English, the CLI's)
 * @param guards     the Docker Engine whose Sysbox containers a plan that stops Sysbox or WSL saves first
 *                   and restores after; null: none known (the plan then only warns that containers stop)
 */
public record RemedyEnvironment(MachineAddress address, Escalation escalation, CommandRunner runner,
                                Duration commandTimeout, Locale locale, ContainerGuard.Source guards) {
    public RemedyEnvironment {
        address = address == null ? MachineAddress.THIS_MACHINE : address;
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(runner, "runner");
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(60) : commandTimeout;
        locale = locale == null ? Locale.ROOT : locale;
    }

    /** The real machine: "/" with the escalation found on PATH. */
    public static RemedyEnvironment local(CommandRunner runner) {
        return new RemedyEnvironment(MachineAddress.THIS_MACHINE, Escalation.detect(runner), runner, null, null, null);
    }

    /** The same remedies on another machine. */
    public RemedyEnvironment at(MachineAddress a) {
        return new RemedyEnvironment(a, escalation, runner, commandTimeout, locale, guards);
    }

    public RemedyEnvironment withEscalation(Escalation e) {
        return new RemedyEnvironment(address, e, runner, commandTimeout, locale, guards);
    }

    /** The same machine, with plan texts in this language. */
    public RemedyEnvironment withLocale(Locale l) {
        return new RemedyEnvironment(address, escalation, runner, commandTimeout, l, guards);
    }

    /** The same machine, its containers guarded through {@code source}. */
    public RemedyEnvironment withGuards(ContainerGuard.Source source) {
        return new RemedyEnvironment(address, escalation, runner, commandTimeout, locale, source);
    }

    /** The directory Linux files are read and written under: the address's root, or "/". */
    public Path root() {
        return (address.root() == null ? Path.of("/") : address.root()).toAbsolutePath().normalize();
    }

    public Path wslExe() {
        return address.wslExe();
    }

    public Path wslConfig() {
        return address.wslConfig();
    }

    public String distro() {
        return address.distro();
    }

    RemedyTexts texts() {
        return RemedyTexts.of(locale);
    }

    /** The wsl.exe to use: the given one, else {@code wsl.exe} on Windows, else none (native Linux). */
    public String effectiveWslExe() {
        return address.effectiveWslExe();
    }

    /** True when files live under a directory other than "/" (a fixture or a mounted image). */
    public boolean confined() {
        Path root = root();
        return !root.equals(root.getRoot());
    }
}
