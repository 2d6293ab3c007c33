package dev.sysboxdoctor.inspect;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The whole machine as inspected: the input of {@code diagnose.Diagnoser}.
 *
 * @param wsl       null when WSL was not inspected (native Linux without --wsl-exe)
 * @param wslConfig null when no .wslconfig applies (not Windows/WSL)
 * @param gaps      what could not be learned machine-wide (wsl.exe missing, ...)
 */
public record MachineFacts(Instant inspectedAt, Duration took, Vantage vantage, WslFacts wsl, WslConfigFacts wslConfig,
                           List<TargetFacts> targets, List<Gap> gaps) {
    public MachineFacts {
        targets = List.copyOf(targets);
        gaps = List.copyOf(gaps);
    }
}
