package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * The Docker Engine a target uses.
 *
 * @param reachable       the engine answered
 * @param endpoint        where we asked (URI, or "docker CLI in distro NAME")
 * @param dockerDesktop   Docker Desktop's engine (Sysbox cannot be added to it)
 * @param runtimes        registered runtime names
 * @param defaultRuntime  from raw {@code GET /info} DefaultRuntime
 * @param securityOptions {@code docker info} SecurityOptions, e.g. {@code name=seccomp,profile=builtin}, {@code name=userns}
 */
public record DockerFacts(Tri reachable, String endpoint, String version, boolean dockerDesktop, String operatingSystem,
                          List<String> runtimes, String defaultRuntime, String storageDriver,
                          List<ContainerFacts> containers, List<Gap> gaps, List<String> securityOptions) {
    public DockerFacts {
        securityOptions = securityOptions == null ? List.of() : List.copyOf(securityOptions);
        runtimes = List.copyOf(runtimes);
        containers = List.copyOf(containers);
        gaps = List.copyOf(gaps);
    }

    /** Facts without SecurityOptions (not asked). */
    public DockerFacts(Tri reachable, String endpoint, String version, boolean dockerDesktop, String operatingSystem,
                       List<String> runtimes, String defaultRuntime, String storageDriver,
                       List<ContainerFacts> containers, List<Gap> gaps) {
        this(reachable, endpoint, version, dockerDesktop, operatingSystem, runtimes, defaultRuntime, storageDriver, containers, gaps,
                List.of());
    }

    /** Docker's userns-remap is on: containers get Docker's own user namespace ({@code name=userns}). */
    public boolean usernsRemap() {
        return securityOptions.stream().anyMatch(o -> o.equals("name=userns") || o.startsWith("name=userns,"));
    }

    public static DockerFacts unreachable(String endpoint, Gap why) {
        return new DockerFacts(Tri.NO, endpoint, null, false, null, List.of(), null, null, List.of(), List.of(why));
    }

    public boolean sysboxRuntimeRegistered() {
        return runtimes.contains("sysbox-runc");
    }

    public List<ContainerFacts> sysboxContainers() {
        return containers.stream().filter(ContainerFacts::sysbox).toList();
    }
}
