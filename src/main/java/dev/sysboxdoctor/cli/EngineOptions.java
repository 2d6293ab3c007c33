package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.Services;
import dev.sysboxdoctor.image.ImageEngineException;
import dev.sysboxdoctor.image.ImageService;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Which Docker Engine the image commands talk to: {@code --docker-host} when given; else
 * DOCKER_HOST; else, where wsl.exe is in use (Windows, or {@code --wsl-exe}), the engine inside the
 * WSL distro ({@code --distro} or the default one) as {@code wsl://NAME}; else the local socket.
 */
final class EngineOptions {
    @Option(names = "--docker-host", paramLabel = "URI",
            description = "Docker Engine endpoint: unix:///var/run/docker.sock, tcp://HOST:PORT, or wsl://DISTRO "
                    + "(the engine inside that WSL distro, reached through 'wsl.exe -d DISTRO -e docker system dial-stdio'; "
                    + "no TCP port is opened). Default: DOCKER_HOST; else, with wsl.exe, wsl://<--distro or the default distro>; "
                    + "else the local socket.")
    String dockerHost;
    @Option(names = "--wsl-exe", paramLabel = "PATH", description = "Reach WSL distros through this wsl.exe (default: wsl.exe on Windows).")
    Path wslExe;
    @Option(names = "--distro", paramLabel = "NAME", description = "Use the Docker Engine inside this WSL distro (same as --docker-host wsl://NAME).")
    String distro;

    /** Usage errors (exit 2): before anything runs. */
    void check(CommandSpec spec) {
        if (distro != null && dockerHost != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--distro and --docker-host cannot be combined.");
        }
        if (distro != null && wslExe() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--distro needs wsl.exe: pass --wsl-exe PATH (or run on Windows).");
        }
    }

    /** The wsl.exe in use, or null. */
    String wslExe() {
        return Services.wslExe(wslExe);
    }

    /**
     * The endpoint to connect to (null: DOCKER_HOST or the local socket). Asking wsl.exe for the
     * default distro may fail: that is an {@link ImageEngineException} (exit 3).
     */
    String resolve(Services services, PrintWriter err) {
        if (dockerHost != null) {
            return dockerHost;
        }
        if (distro != null) {
            return ImageService.wslEndpoint(distro);
        }
        String exe = wslExe();
        String env = System.getenv("DOCKER_HOST");
        if (exe == null || (env != null && !env.isBlank())) {
            return null;
        }
        Optional<String> found;
        try {
            found = services.defaultWslDistro(exe);
        } catch (IOException e) {
            throw new ImageEngineException(ImageEngineException.Kind.ENGINE_UNREACHABLE,
                    "Could not find the default WSL distro: " + e.getMessage() + ". Pass --distro NAME or --docker-host URI.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled");
        }
        String name = found.orElseThrow(() -> new ImageEngineException(ImageEngineException.Kind.ENGINE_UNREACHABLE,
                "There is no default WSL distro: pass --distro NAME or --docker-host URI."));
        err.println("Docker Engine: " + ImageService.wslEndpoint(name) + " (the default WSL distro)");
        return ImageService.wslEndpoint(name);
    }
}
