package dev.sysboxdoctor.diagnose;

import dev.sysboxdoctor.inspect.MachineFacts;
import dev.sysboxdoctor.inspect.WslConfigFacts;
import dev.sysboxdoctor.inspect.WslFacts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The whole machine's diagnosis: host kind, WSL facts, one verdict per target, findings (worst first).
 *
 * @param wsl       null when WSL was not inspected
 * @param wslConfig null when no .wslconfig applies
 */
public record Diagnosis(HostKind hostKind, WslFacts wsl, WslConfigFacts wslConfig, List<TargetVerdict> targets,
                        List<Finding> findings, Instant inspectedAt, Duration took, MachineFacts facts) {
    public Diagnosis {
        targets = List.copyOf(targets);
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /**
     * Nothing at all could be inspected (CLI exit 3): no target answered, and WSL did not give a
     * usable answer either (wsl.exe saying "no distros" is an answer; a failed or garbled list is not).
     */
    public boolean nothingInspected() {
        boolean anyTarget = targets.stream().anyMatch(t -> t.facts().reachable().isYes());
        boolean wslAnswered = wsl != null && wsl.available() && (!wsl.distros().isEmpty() || wsl.gaps().isEmpty());
        return !anyTarget && !wslAnswered;
    }

    public List<Finding> findingsFor(String target) {
        return findings.stream().filter(f -> target.equals(f.target())).toList();
    }

    public TargetVerdict target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
