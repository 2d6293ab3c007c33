package dev.sysboxdoctor.image;

import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandRunner;
import dev.sysboxdoctor.host.DialStdioRelay;
import dev.sysboxdoctor.host.WslCli;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code wsl://NAME}: the Docker Engine inside the WSL distro NAME, reached through a private
 * {@link DialStdioRelay} that runs {@code wsl.exe -d NAME -e docker system dial-stdio} per
 * connection; no TCP port is opened. The relay lives as long as the client.
 */
final class WslEngine {
    static final String SCHEME = "wsl://";
    /** How long a failing dial-stdio may take to say why, after the first request failed. */
    private static final long FAILURE_WAIT_MS = 3000;
    /** A cold WSL VM takes seconds to start a distro; a stuck one never answers. */
    static final Duration PROBE_TIMEOUT = Duration.ofSeconds(60);

    private WslEngine() {}

    static boolean matches(String dockerHost) {
        return dockerHost != null && dockerHost.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /** The distro of a {@code wsl://NAME} endpoint (a trailing slash is allowed). */
    static String distro(String dockerHost) {
        String name = dockerHost.substring(SCHEME.length());
        if (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty() || name.contains("/") || name.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
            throw new ImageEngineException(Kind.ENGINE_UNREACHABLE, "Bad Docker host '" + dockerHost
                    + "': write wsl://NAME with the name of a WSL distro (wsl.exe -l -v lists them).");
        }
        return name;
    }

    /** The command one relay connection runs. */
    static Command dialStdio(String wslExe, String distro) {
        return new WslCli(new CommandRunner(), wslExe, Duration.ofSeconds(1))
                .execCommand(distro, null, List.of("docker", "system", "dial-stdio"), null, Duration.ofDays(1));
    }

    /** Opens the relay and a client over it, and checks that the engine answers (else nothing stays open). */
    static EngineApi connect(String dockerHost, String wslExe) {
        String distro = distro(dockerHost);
        if (wslExe == null) {
            throw new ImageEngineException(Kind.ENGINE_UNREACHABLE, "'" + dockerHost
                    + "' needs wsl.exe: run on Windows or pass --wsl-exe PATH.");
        }
        Command cmd = dialStdio(wslExe, distro);
        DialStdioRelay relay;
        try {
            relay = DialStdioRelay.start(cmd.argv(), cmd.env());
        } catch (IOException | RuntimeException e) {
            throw new ImageEngineException(Kind.ENGINE_UNREACHABLE, "Could not open a local socket for " + dockerHost + ": " + e.getMessage(), e);
        }
        String shownAs = SCHEME + distro;
        EngineApi api;
        try {
            api = EngineApi.connect(relay.uri(), shownAs, relay);
        } catch (RuntimeException e) {
            relay.close();
            throw e;
        }
        try {
            probe(api);
            return api;
        } catch (CancellationException e) {
            relay.close(); // first: ends a request still blocked on the relay
            api.close();
            throw e;
        } catch (RuntimeException e) {
            String why = failure(relay);
            relay.close();
            api.close();
            String text = why != null ? why : String.join(" ", cmd.argv()) + ": " + e.getMessage();
            throw new ImageEngineException(Kind.ENGINE_UNREACHABLE, "Cannot reach the Docker Engine in WSL distro '" + distro
                    + "': " + text, e);
        }
    }

    /**
     * Asks the engine for its version (JSON, unlike /_ping), giving up after {@link #PROBE_TIMEOUT}
     * or on interrupt: a distro that never answers must not hang the caller. Closing the client
     * then kills the relay's processes, which ends the blocked read.
     */
    private static void probe(EngineApi api) {
        CompletableFuture<Object> answer = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                answer.complete(api.get("/version"));
            } catch (Throwable e) {
                answer.completeExceptionally(e);
            }
        }, "wsl-engine-probe");
        t.setDaemon(true);
        t.start();
        try {
            answer.get(PROBE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled");
        } catch (TimeoutException e) {
            throw new ImageEngineException(Kind.ENGINE_UNREACHABLE, "no answer within " + PROBE_TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static String failure(DialStdioRelay relay) {
        try {
            return relay.awaitFailure(FAILURE_WAIT_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return relay.lastFailure();
        }
    }
}
