package dev.sysboxdoctor.host;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One external command: an argv list (never a shell string built from names), its environment
 * additions, optional stdin, a timeout and an output cap.
 */
public record Command(List<String> argv, Map<String, String> env, byte[] stdin, Duration timeout,
                      Path workDir, int maxOutputBytes) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;

    public Command {
        argv = List.copyOf(argv);
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("empty argv");
        }
        env = Map.copyOf(env);
        Objects.requireNonNull(timeout, "timeout");
    }

    public static Command of(String... argv) {
        return new Command(List.of(argv), Map.of(), null, DEFAULT_TIMEOUT, null, DEFAULT_MAX_OUTPUT);
    }

    public static Command of(List<String> argv) {
        return new Command(argv, Map.of(), null, DEFAULT_TIMEOUT, null, DEFAULT_MAX_OUTPUT);
    }

    public Command withTimeout(Duration t) {
        return new Command(argv, env, stdin, t, workDir, maxOutputBytes);
    }

    public Command withEnv(String key, String value) {
        Map<String, String> e = new LinkedHashMap<>(env);
        e.put(key, value);
        return new Command(argv, e, stdin, timeout, workDir, maxOutputBytes);
    }

    public Command withStdin(byte[] input) {
        return new Command(argv, env, input, timeout, workDir, maxOutputBytes);
    }

    public Command withMaxOutput(int bytes) {
        return new Command(argv, env, stdin, timeout, workDir, bytes);
    }

    /** argv for logs and previews: arguments with spaces are quoted; values are not secret here. */
    public String display() {
        StringBuilder sb = new StringBuilder();
        for (String a : argv) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(a.isEmpty() || a.matches(".*[\\s'\"\\\\$`].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        return sb.toString();
    }
}
