package dev.sysboxdoctor.inspect;

import java.util.List;

/**
 * Everything learned about one Linux system: the local one (under {@code --root}) or a WSL distro.
 *
 * @param name      "local" or the distro name
 * @param distro    the wsl.exe row for a WSL target, null for LOCAL
 * @param reachable the target answered at all (a distro that fails to start: NO, with the reason in gaps)
 */
public record TargetFacts(String name, TargetKind kind, WslDistro distro, Tri reachable, KernelFacts kernel,
                          SysboxFacts sysbox, DockerFacts docker, List<Gap> gaps) {
    public TargetFacts {
        gaps = List.copyOf(gaps);
    }
}
