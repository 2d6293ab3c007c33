package dev.sysboxdoctor.remedy;

import java.util.List;
import java.util.Optional;

/**
 * What a {@link ContainerGuard} found: the containers at risk, or why they could not be listed
 * (an unknown list is never read as "none").
 */
public record ContainersAtRisk(List<AtRiskContainer> containers, Optional<String> unknownBecause) {
    public ContainersAtRisk {
        containers = List.copyOf(containers);
        unknownBecause = unknownBecause == null ? Optional.empty() : unknownBecause;
    }

    public static ContainersAtRisk of(List<AtRiskContainer> containers) {
        return new ContainersAtRisk(containers, Optional.empty());
    }

    public static ContainersAtRisk unknown(String reason) {
        return new ContainersAtRisk(List.of(), Optional.of(reason));
    }

    public boolean known() {
        return unknownBecause.isEmpty();
    }
}
