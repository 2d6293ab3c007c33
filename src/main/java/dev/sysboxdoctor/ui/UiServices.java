package dev.sysboxdoctor.ui;

import dev.sysboxdoctor.diagnose.Diagnoser;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.Inspector;
import dev.sysboxdoctor.inspect.TargetFacts;
import dev.sysboxdoctor.remedy.Remedies;
import dev.sysboxdoctor.ui.reports.ReportWriter;
import dev.sysboxdoctor.ui.settings.AppDirs;
import dev.sysboxdoctor.ui.theme.SystemThemeProbe;

/**
 * Everything the window talks to, created once by {@code app.Services} (or by a test over fixture
 * machines and the test-bed engine). The UI never reaches the host or the engine except through these.
 */
public interface UiServices {
    Inspector inspector();

    Diagnoser diagnoser();

    /** How to inspect this machine (wsl.exe, root, engine); the Settings engine endpoint overrides dockerHost. */
    InspectOptions inspectOptions();

    /** The remedies acting on one target (a WSL distro, or the local system). */
    Remedies remediesFor(TargetFacts target);

    /**
     * A connection to a Docker Engine for the Containers page; the caller closes it.
     *
     * @param dockerHost the Settings endpoint, or null for the default (DOCKER_HOST or the platform socket)
     */
    ImageService images(String dockerHost);

    /**
     * The engine the Containers page uses: the Settings endpoint when set, else this services' choice
     * for the dashboard's target (the app: {@code wsl://NAME} for a WSL distro); null: the default engine.
     */
    default String engineFor(String settingsEndpoint, TargetFacts target) {
        return settingsEndpoint == null || settingsEndpoint.isBlank() ? null : settingsEndpoint;
    }

    /** The endpoint {@link #images(String)} really uses for {@code host} (null: DOCKER_HOST or the local one). */
    default String engineUsedFor(String host) {
        return host;
    }

    ReportWriter reports();

    SystemThemeProbe systemTheme();

    AppDirs dirs();

    /** The window runs on Windows (named pipes, Windows display scaling); the one fact comes from {@code host.HostOs}. */
    boolean onWindows();
}
