package dev.sysboxdoctor.app;

import dev.sysboxdoctor.diagnose.Diagnoser;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.image.ImageService;
import dev.sysboxdoctor.inspect.InspectOptions;
import dev.sysboxdoctor.inspect.Inspector;
import dev.sysboxdoctor.inspect.MachineAddress;
import dev.sysboxdoctor.inspect.WslDefaultDistro;
import dev.sysboxdoctor.remedy.ContainerGuard;
import dev.sysboxdoctor.remedy.Remedies;
import dev.sysboxdoctor.remedy.RemedyEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Composition root: every long-lived service is created once here and handed to the CLI and
 * the GUI; a new service is one more field here.
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
     * the environment with {@code remedyEnvironment().at(address)} as needed.
     */
    public Remedies remedies() {
        return new Remedies(remedyEnvironment());
    }

    /** Where remedies act by default: "/" with pkexec / sudo -n found on PATH (detected on each call). */
    public RemedyEnvironment remedyEnvironment() {
        return RemedyEnvironment.local(commandRunner);
    }

    /**
     * The Docker Engine whose Sysbox containers a fix saves first and restores after:
     * {@code dockerHost} when given; else, where wsl.exe is in use, the engine inside the distro the
     * plan acts on ({@code wsl://NAME}) unless DOCKER_HOST is set; else DOCKER_HOST or the local socket.
     */
    public ContainerGuard.Source containerGuards(String dockerHost, Path wslExe) {
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
    public ImageService images(String dockerHost, Path wslExe) {
        return ImageService.connect(dockerHost, wslExe(wslExe));
    }

    /** The wsl.exe in use: the given one, wsl.exe on Windows, none (null) elsewhere. */
    public static String wslExe(Path given) {
        return MachineAddress.THIS_MACHINE.withWslExe(given).effectiveWslExe();
    }

    /**
     * The default WSL distro ({@code wsl.exe -l -v}), empty when there is none.
     *
     * @throws java.io.IOException when wsl.exe cannot be asked
     */
    public Optional<String> defaultWslDistro(String wslExe) throws IOException, InterruptedException {
        return WslDefaultDistro.find(commandRunner, wslExe,
                InspectOptions.DEFAULT_WSL_TIMEOUT);
    }
}
