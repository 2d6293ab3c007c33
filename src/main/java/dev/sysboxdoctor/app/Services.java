package dev.sysboxdoctor.app;

import dev.sysboxdoctor.diagnose.Diagnoser;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.inspect.Inspector;

/**
 * Composition root: every long-lived service is created once here and handed to the CLI and
 * the GUI. Issues add their services as fields.
 */
public final class Services {
    private final CommandRunner commandRunner;
    private final Inspector inspector;
    private final Diagnoser diagnoser;

    private Services(CommandRunner commandRunner) {
        this.commandRunner = commandRunner;
        this.inspector = new Inspector(commandRunner);
        this.diagnoser = new Diagnoser();
    }

    public static Services createDefault() {
        return new Services(new CommandRunner());
    }

    /** The same services over another command runner (tests put fixture commands first, as PATH would). */
    public static Services with(CommandRunner runner) {
        return new Services(runner);
    }

    public CommandRunner commandRunner() {
        return commandRunner;
    }

    /** Gathers machine facts (I/O, blocking, cancel by interrupt). */
    public Inspector inspector() {
        return inspector;
    }

    /**
     * Remedy plans for this machine (wsl.exe on Windows, the local root on Linux). Callers narrow
     * the environment with {@code remedyEnvironment().withWslExe(...).withDistro(...)} as needed.
     */
    public dev.sysboxdoctor.remedy.Remedies remedies() {
        return new dev.sysboxdoctor.remedy.Remedies(remedyEnvironment());
    }

    /** Where remedies act by default: "/" with pkexec / sudo -n found on PATH (detected on each call). */
    public dev.sysboxdoctor.remedy.RemedyEnvironment remedyEnvironment() {
        return dev.sysboxdoctor.remedy.RemedyEnvironment.local(commandRunner);
    }

    /**
     * The Docker Engine whose Sysbox containers a fix saves first and restores after:
     * {@code dockerHost} when given; else, where wsl.exe is in use, the engine inside the distro the
     * plan acts on ({@code wsl://NAME}) unless DOCKER_HOST is set; else DOCKER_HOST or the local socket.
     */
    public dev.sysboxdoctor.remedy.ContainerGuard.Source containerGuards(String dockerHost, java.nio.file.Path wslExe) {
        String exe = wslExe(wslExe);
        return distro -> {
            String env = System.getenv("DOCKER_HOST");
            String host = dockerHost != null ? dockerHost
                    : exe != null && distro != null && (env == null || env.isBlank()) ? ImageService.wslEndpoint(distro) : null;
            return new EngineContainerGuard(host, exe);
        };
    }

    /** Facts to findings (pure). */
    public Diagnoser diagnoser() {
        return diagnoser;
    }

    /**
     * The image room (save, verify) over the engine at {@code dockerHost}; null: DOCKER_HOST or the
     * default socket; {@code wsl://NAME}: the engine in that WSL distro through wsl.exe (on Windows).
     * Close it after use.
     */
    public ImageService images(String dockerHost) {
        return images(dockerHost, null);
    }

    /** Like {@link #images(String)}, with {@code wsl://NAME} through this wsl.exe (null: wsl.exe on Windows, none elsewhere). */
    public ImageService images(String dockerHost, java.nio.file.Path wslExe) {
        return ImageService.connect(dockerHost, wslExe(wslExe));
    }

    /** The wsl.exe in use: the given one, wsl.exe on Windows, none (null) elsewhere. */
    public static String wslExe(java.nio.file.Path given) {
        return Inspector.wslExe(dev.sysboxdoctor.inspect.InspectOptions.defaults().withWslExe(given));
    }

    /**
     * The default WSL distro ({@code wsl.exe -l -v}), empty when there is none.
     *
     * @throws java.io.IOException when wsl.exe cannot be asked
     */
    public java.util.Optional<String> defaultWslDistro(String wslExe) throws java.io.IOException, InterruptedException {
        return dev.sysboxdoctor.inspect.WslDefaultDistro.find(commandRunner, wslExe,
                dev.sysboxdoctor.inspect.InspectOptions.DEFAULT_WSL_TIMEOUT);
    }
}
