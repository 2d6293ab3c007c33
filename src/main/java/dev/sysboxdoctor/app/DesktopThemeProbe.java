package dev.sysboxdoctor.app;

import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.ui.theme.SystemThemeProbe;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OS light/dark preference: on Windows the registry value {@code AppsUseLightTheme} through
 * {@code reg query}; on Linux GNOME's {@code color-scheme}, then the GTK theme name, through
 * {@code gsettings}. Every command runs through {@link CommandRunner} with a short timeout.
 */
final class DesktopThemeProbe implements SystemThemeProbe {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopThemeProbe.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern REG_DWORD = Pattern.compile("AppsUseLightTheme\\s+REG_DWORD\\s+0x([0-9a-fA-F]+)");

    private final CommandRunner runner;
    private final boolean windows;

    DesktopThemeProbe(CommandRunner runner, boolean windows) {
        this.runner = runner;
        this.windows = windows;
    }

    @Override
    public Optional<Boolean> prefersDark() throws InterruptedException {
        if (windows) {
            return run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme").flatMap(DesktopThemeProbe::parseRegQuery);
        }
        Optional<Boolean> scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                .flatMap(DesktopThemeProbe::parseColorScheme);
        if (scheme.isPresent()) {
            return scheme;
        }
        return run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme").flatMap(DesktopThemeProbe::parseGtkTheme);
    }

    private Optional<String> run(String... argv) throws InterruptedException {
        try {
            CommandResult r = runner.run(Command.of(argv).withTimeout(TIMEOUT));
            return r.ok() ? Optional.of(r.stdoutText()) : Optional.empty();
        } catch (IOException notInstalled) {
            LOG.debug("{} not available: {}", argv[0], notInstalled.getMessage());
            return Optional.empty();
        }
    }

    /** {@code AppsUseLightTheme    REG_DWORD    0x0} means dark. */
    static Optional<Boolean> parseRegQuery(String out) {
        Matcher m = REG_DWORD.matcher(out);
        return m.find() ? Optional.of(Long.parseLong(m.group(1), 16) == 0) : Optional.empty();
    }

    /** {@code 'prefer-dark'} / {@code 'prefer-light'}; {@code 'default'} says nothing. */
    static Optional<Boolean> parseColorScheme(String out) {
        String v = out.trim().replace("'", "");
        return switch (v) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A GTK theme named like {@code 'Adwaita-dark'} is dark; any other name is taken as light. */
    static Optional<Boolean> parseGtkTheme(String out) {
        String v = out.trim().replace("'", "").toLowerCase(Locale.ROOT);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.endsWith("-dark") || v.contains("dark"));
    }
}
