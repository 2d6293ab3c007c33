package dev.sysboxdoctor.inspect;

import java.time.Duration;

/**
 * What to inspect and how long to wait. The CLI's {@code diagnose} options map 1:1.
 *
 * @param address       the machine: wsl.exe, .wslconfig, one distro, a root directory
 * @param dockerHost    {@code --docker-host}: the local target's engine (null: DOCKER_HOST or the default socket)
 * @param wslTimeout    per wsl.exe management call (--version, -l -v)
 * @param scriptTimeout per batched fact-gathering script (one per target)
 * @param dockerTimeout per Docker API call
 */
public record InspectOptions(MachineAddress address, String dockerHost,
                             Duration wslTimeout, Duration scriptTimeout, Duration dockerTimeout) {
    public static final Duration DEFAULT_WSL_TIMEOUT = Duration.ofSeconds(20);
    public static final Duration DEFAULT_SCRIPT_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_DOCKER_TIMEOUT = Duration.ofSeconds(10);

    public InspectOptions {
        address = address == null ? MachineAddress.THIS_MACHINE : address;
    }

    public static InspectOptions defaults() {
        return new InspectOptions(MachineAddress.THIS_MACHINE, null, DEFAULT_WSL_TIMEOUT, DEFAULT_SCRIPT_TIMEOUT,
                DEFAULT_DOCKER_TIMEOUT);
    }

    /** The same options for another machine. */
    public InspectOptions at(MachineAddress a) {
        return new InspectOptions(a, dockerHost, wslTimeout, scriptTimeout, dockerTimeout);
    }

    public InspectOptions withDockerHost(String h) {
        return new InspectOptions(address, h, wslTimeout, scriptTimeout, dockerTimeout);
    }

    public InspectOptions withTimeouts(Duration wsl, Duration script, Duration docker) {
        return new InspectOptions(address, dockerHost, wsl, script, docker);
    }
}
