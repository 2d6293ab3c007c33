package dev.sysboxdoctor.testbed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The real Docker Engine of the tests (never mocked): a private {@code dockerd} with the emulated
 * Sysbox runtime {@value #SYSBOX_RUNTIME} and the base image {@value #IMAGE}
 * (see {@code src/test/testbed/testbed.sh} and {@code sysbox-runc-emulator}).
 *
 * <p>The engine is, in this order: the system property {@code sysboxdoctor.test.dockerHost}, the
 * environment variable {@code SYSBOX_DOCTOR_TEST_DOCKER_HOST}, or a bed this JVM starts once with
 * {@code bash src/test/testbed/testbed.sh start target/testbed} (from {@code project.basedir}) and
 * stops in a shutdown hook. A bed that cannot start fails the test with the script's output.
 */
public final class TestBed {
    /** The base image every bed has (busybox-static, {@code CMD ["/bin/sh"]}). */
    public static final String IMAGE = "sysbox-doctor/busybox:latest";
    /** The runtime name of the emulated Sysbox ({@code docker run --runtime sysbox-runc}). */
    public static final String SYSBOX_RUNTIME = "sysbox-runc";
    /** Default timeout of {@link #docker(String...)}. */
    public static final Duration DOCKER_TIMEOUT = Duration.ofSeconds(120);

    private static final Duration START_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);

    private static String host;
    private static AssertionError startFailure;

    private TestBed() {
    }

    /** What a process did: exit code ({@code -1} on timeout), stdout and stderr as UTF-8 text. */
    public record Result(int exit, String out, String err) {
        public boolean ok() {
            return exit == 0;
        }

        /** stdout followed by stderr. */
        public String output() {
            return out + err;
        }

        /** stdout without the trailing line end. */
        public String outTrimmed() {
            return out.strip();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    /** The engine URI, e.g. {@code unix:///work/main/target/testbed/docker.sock}; starts the bed on first use. */
    public static synchronized String dockerHost() {
        if (host != null) {
            return host;
        }
        if (startFailure != null) {
            throw startFailure;
        }
        String given = System.getProperty("sysboxdoctor.test.dockerHost");
        if (given == null || given.isBlank()) {
            given = System.getenv("SYSBOX_DOCTOR_TEST_DOCKER_HOST");
        }
        if (given != null && !given.isBlank()) {
            host = given.strip();
            return host;
        }
        try {
            host = startBed();
            return host;
        } catch (AssertionError e) {
            startFailure = e;
            throw e;
        }
    }

    /** The project base dir: system property {@code project.basedir} (set by surefire), else the cwd. */
    public static Path baseDir() {
        return Path.of(System.getProperty("project.basedir", "")).toAbsolutePath();
    }

    /** {@code src/test/testbed/testbed.sh}. */
    public static Path script() {
        return baseDir().resolve("src/test/testbed/testbed.sh");
    }

    /** The state dir of the bed this JVM starts: {@code target/testbed}. */
    public static Path stateDir() {
        return baseDir().resolve("target/testbed");
    }

    /**
     * The state dir of the bed that answers at {@link #dockerHost()}: the socket's dir (testbed.sh
     * resolves a short run dir to its state dir through the {@code statedir} file there).
     */
    public static Path bedDir() {
        String h = dockerHost();
        if (!h.startsWith("unix://")) {
            throw new AssertionError("the test bed's engine is not a unix socket: " + h);
        }
        return Path.of(h.substring("unix://".length())).getParent();
    }

    /** Where the emulated Sysbox keeps its clones ({@code <data-root>/rootfs/<id>/overlay2}), like /var/lib/sysbox. */
    public static Path sysboxDataRoot() {
        Path dir = bedDir();
        Path redirect = dir.resolve("statedir");
        try {
            if (Files.isRegularFile(redirect)) {
                dir = Path.of(Files.readString(redirect).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("sysbox");
    }

    /** The argv of the bed's "Sysbox stops" action ({@code testbed.sh sysbox-stop DIR}), for fixtures to run. */
    public static List<String> sysboxStopCommand() {
        return List.of("bash", script().toString(), "sysbox-stop", bedDir().toString());
    }

    /**
     * Sysbox stops (a reboot, {@code wsl --shutdown}, {@code systemctl restart sysbox}): the running
     * sysbox-runc containers are killed and every rootfs clone is deleted, as sysbox-mgr's Stop()
     * does; their next start shows the image state. runc containers are untouched.
     *
     * @return the full ids of the containers whose clones were removed (sysbox-mgr's "active" list)
     */
    public static List<String> sysboxStops() {
        Result r = run(sysboxStopCommand(), Duration.ofMinutes(2));
        if (!r.ok()) {
            throw new AssertionError("testbed.sh sysbox-stop failed: " + r);
        }
        return r.out().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Runs {@code docker -H <host> args...} with a 120 s timeout. */
    public static Result docker(String... args) {
        return docker(DOCKER_TIMEOUT, args);
    }

    /** Runs {@code docker -H <host> args...}. */
    public static Result docker(Duration timeout, String... args) {
        return run(dockerArgv(args), timeout);
    }

    /**
     * Runs {@code docker -H <host> from... | docker -H <host> to...} (e.g. export into import).
     * The exit code is the first non-zero one of the two (or 0), stdout is the second command's,
     * stderr both commands' stderr.
     */
    public static Result dockerPipe(List<String> from, List<String> to) {
        return pipe(dockerArgv(from.toArray(String[]::new)), dockerArgv(to.toArray(String[]::new)), DOCKER_TIMEOUT);
    }

    /** Like {@link #docker(String...)} but fails the test unless the exit code is 0; returns stdout, stripped. */
    public static String dockerOk(String... args) {
        Result r = docker(args);
        if (!r.ok()) {
            throw new AssertionError("docker " + String.join(" ", args) + " failed: " + r);
        }
        return r.outTrimmed();
    }

    /** A fresh lower-case name for containers and images, e.g. {@code sdtest-commit-1a2b3c4d}. */
    public static String uniqueName(String what) {
        return "sdtest-" + what.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Best-effort {@code docker rm -f} (for finally blocks); never throws. */
    public static void removeContainers(String... idsOrNames) {
        removeQuietly("rm", idsOrNames);
    }

    /** Best-effort {@code docker rmi -f} (for finally blocks); never throws. */
    public static void removeImages(String... idsOrNames) {
        removeQuietly("rmi", idsOrNames);
    }

    private static void removeQuietly(String verb, String... names) {
        List<String> args = new ArrayList<>(List.of(verb, "-f"));
        for (String n : names) {
            if (n != null && !n.isBlank()) {
                args.add(n);
            }
        }
        if (args.size() > 2) {
            try {
                docker(args.toArray(String[]::new));
            } catch (RuntimeException | AssertionError ignored) {
                // cleanup only
            }
        }
    }

    private static List<String> dockerArgv(String... args) {
        List<String> argv = new ArrayList<>(args.length + 3);
        argv.add("docker");
        argv.add("-H");
        argv.add(dockerHost());
        argv.addAll(Arrays.asList(args));
        return argv;
    }

    private static String startBed() {
        Path script = script();
        if (!Files.isRegularFile(script)) {
            throw new AssertionError("test bed script not found: " + script + " (project.basedir=" + baseDir() + ")");
        }
        Path state = stateDir();
        Result r = run(List.of("bash", script.toString(), "start", state.toString()), START_TIMEOUT);
        String line = lastLine(r.out());
        if (!r.ok() || !line.startsWith("DOCKER_HOST=")) {
            // Leave nothing running or mounted behind a half-started bed.
            Result stop = run(List.of("bash", script.toString(), "stop", state.toString()), STOP_TIMEOUT);
            throw new AssertionError("the test bed (real Docker Engine) did not start: bash " + script + " start " + state
                    + "\n" + r + "\n--- stop afterwards: " + stop);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Result stop = run(List.of("bash", script.toString(), "stop", state.toString()), STOP_TIMEOUT);
            if (!stop.ok()) {
                // Shutdown hooks cannot fail a test; leave a trace next to the bed instead.
                try {
                    Files.writeString(state.resolve("stop-failure.txt"), stop.toString());
                } catch (IOException ignored) {
                    // nothing left to do
                }
            }
        }, "testbed-stop"));
        return line.substring("DOCKER_HOST=".length()).strip();
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\n");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }

    /** Runs a command (argv list, no shell), stdin closed; on timeout kills it and all its descendants. */
    public static Result run(List<String> argv, Duration timeout) {
        ProcessBuilder pb = new ProcessBuilder(argv);
        scrubDockerEnv(pb.environment());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            return new Result(-1, "", "cannot start " + argv + ": " + e);
        }
        closeQuietly(p);
        CompletableFuture<String> out = drain(p.getInputStream());
        CompletableFuture<String> err = drain(p.getErrorStream());
        boolean done = waitFor(p, timeout);
        if (!done) {
            killTree(p);
        }
        String o = join(out);
        String e = join(err);
        if (!done) {
            return new Result(-1, o, e + "\n[TestBed] timed out after " + timeout.toSeconds() + " s and killed: " + argv);
        }
        return new Result(p.exitValue(), o, e);
    }

    private static Result pipe(List<String> first, List<String> second, Duration timeout) {
        List<Process> ps;
        try {
            ProcessBuilder a = new ProcessBuilder(first);
            ProcessBuilder b = new ProcessBuilder(second);
            scrubDockerEnv(a.environment());
            scrubDockerEnv(b.environment());
            ps = ProcessBuilder.startPipeline(List.of(a, b));
        } catch (IOException e) {
            return new Result(-1, "", "cannot start " + first + " | " + second + ": " + e);
        }
        Process p1 = ps.get(0);
        Process p2 = ps.get(1);
        closeQuietly(p1);
        CompletableFuture<String> err1 = drain(p1.getErrorStream());
        CompletableFuture<String> out2 = drain(p2.getInputStream());
        CompletableFuture<String> err2 = drain(p2.getErrorStream());
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean done = waitFor(p1, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))
                && waitFor(p2, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        if (!done) {
            killTree(p1);
            killTree(p2);
        }
        String o = join(out2);
        String e = join(err1) + join(err2);
        if (!done) {
            return new Result(-1, o, e + "\n[TestBed] timed out after " + timeout.toSeconds() + " s and killed: "
                    + first + " | " + second);
        }
        int exit = p1.exitValue() != 0 ? p1.exitValue() : p2.exitValue();
        return new Result(exit, o, e);
    }

    /** The docker CLI must use the -H it is given, not the caller's context. */
    private static void scrubDockerEnv(Map<String, String> env) {
        env.remove("DOCKER_HOST");
        env.remove("DOCKER_CONTEXT");
        env.remove("DOCKER_TLS_VERIFY");
        env.remove("DOCKER_CERT_PATH");
    }

    private static void closeQuietly(Process p) {
        try {
            p.getOutputStream().close();
        } catch (IOException ignored) {
            // stdin already gone
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread t = new Thread(runnable, "testbed-drain");
            t.setDaemon(true);
            t.start();
        });
    }

    private static boolean waitFor(Process p, Duration timeout) {
        try {
            return p.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        waitFor(p, Duration.ofSeconds(10));
    }

    private static String join(CompletableFuture<String> f) {
        try {
            return f.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        } catch (ExecutionException | TimeoutException e) {
            // A killed process' grandchild may still hold the pipe; report what is known.
            f.cancel(true);
            return "[TestBed] output not available: " + e;
        }
    }
}
