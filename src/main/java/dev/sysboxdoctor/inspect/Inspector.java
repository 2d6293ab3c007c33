package dev.sysboxdoctor.inspect;

import dev.sysboxdoctor.host.CommandRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Gathers the facts of a machine: WSL through wsl.exe, one batched script per target, Docker
 * through its API. Blocking; run it off the JavaFX thread. Interrupting the calling thread
 * cancels every running command (their process trees are killed) and throws InterruptedException.
 */
public class Inspector {
    private final CommandRunner runner;

    public Inspector(CommandRunner runner) {
        this.runner = runner;
    }

    public MachineFacts inspect(InspectOptions options, InspectionListener listener) throws InterruptedException {
        return new MachineFacts(Instant.now(), Duration.ZERO, Vantage.LOCAL, null, null, List.of(), List.of());
    }
}
