package dev.sysboxdoctor.inspect;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to inspect and how long to wait. The CLI's {@code diagnose} options map 1:1.
 *
 * @param wslExe        {@code --wsl-exe}: inspect WSL through this wsl.exe as on Windows (each user distro
 *                      becomes a target). Null: wsl.exe on Windows; from inside WSL, the Windows wsl.exe
 *                      (if reachable) only for WSL facts while the local distro is the target; none on Linux.
 * @param wslConfig     {@code --wslconfig}: instead of %USERPROFILE%\.wslconfig (null: that default)
 * @param distro        {@code --distro}: only this WSL distro (null: all user distros)
 * @param root          {@code --root}: read the local target's files under this dir (null: /)
 * @param dockerHost    {@code --docker-host}: the local target's engine (null: DOCKER_HOST or the default socket)
 * @param wslTimeout    per wsl.exe management call (--version, -l -v)
 * @param scriptTimeout per batched fact-gathering script (one per target)
 * @param dockerTimeout per Docker API call
 */
public record InspectOptions(Path wslExe, Path wslConfig, String distro, Path root, String dockerHost,
                             Duration wslTimeout, Duration scriptTimeout, Duration dockerTimeout) {
    public static final Duration DEFAULT_WSL_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_SCRIPT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_DOCKER_TIMEOUT = Duration.ofSeconds(10);

    public static InspectOptions defaults() {
        return new InspectOptions(null, null, null, null, null, DEFAULT_WSL_TIMEOUT, DEFAULT_SCRIPT_TIMEOUT,
                DEFAULT_DOCKER_TIMEOUT);
    }

    public InspectOptions withWslExe(Path p) {
        return new InspectOptions(p, wslConfig, distro, root, dockerHost, wslTimeout, scriptTimeout, dockerTimeout);
    }

    public InspectOptions withWslConfig(Path p) {
        return new InspectOptions(wslExe, p, distro, root, dockerHost, wslTimeout, scriptTimeout, dockerTimeout);
    }

    public InspectOptions withDistro(String d) {
        return new InspectOptions(wslExe, wslConfig, d, root, dockerHost, wslTimeout, scriptTimeout, dockerTimeout);
    }

    public InspectOptions withRoot(Path p) {
        return new InspectOptions(wslExe, wslConfig, distro, p, dockerHost, wslTimeout, scriptTimeout, dockerTimeout);
    }

    public InspectOptions withDockerHost(String h) {
        return new InspectOptions(wslExe, wslConfig, distro, root, h, wslTimeout, scriptTimeout, dockerTimeout);
    }

    public InspectOptions withTimeouts(Duration wsl, Duration script, Duration docker) {
        return new InspectOptions(wslExe, wslConfig, distro, root, dockerHost, wsl, script, docker);
    }
}
