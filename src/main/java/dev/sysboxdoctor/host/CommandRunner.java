package dev.sysboxdoctor.host;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs external commands safely: argv only, a timeout on every call that kills the whole process
 * tree, stdout/stderr drained concurrently (no pipe dead-lock) and capped, stdin written and
 * closed. Interrupting the calling thread cancels the command the same way as a timeout.
 */
public class CommandRunner {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    /**
     * @throws IOException when the program cannot be started at all (not found, not executable)
     * @throws InterruptedException when the calling thread was interrupted; the tree is killed first
     */
    public CommandResult run(Command cmd) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd.argv());
        pb.environment().putAll(cmd.env());
        if (cmd.workDir() != null) {
            pb.directory(cmd.workDir().toFile());
        }
        if (cmd.stdin() == null) {
            pb.redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        }
        long start = System.nanoTime();
        Process p = pb.start();
        LOG.debug("started pid {}: {}", p.pid(), cmd.display());
        Drain out = new Drain(p.getInputStream(), cmd.maxOutputBytes(), "stdout-" + p.pid());
        Drain err = new Drain(p.getErrorStream(), cmd.maxOutputBytes(), "stderr-" + p.pid());
        out.start();
        err.start();
        boolean timedOut = false;
        try {
            if (cmd.stdin() != null) {
                writeStdin(p, cmd.stdin());
            }
            if (!p.waitFor(cmd.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                timedOut = true;
                killTree(p);
            }
        } catch (InterruptedException e) {
            killTree(p);
            throw e;
        }
        // The drains end when the pipes close: all writers (also orphaned grandchildren) are gone.
        out.join(2000);
        err.join(2000);
        int exit = timedOut ? -1 : p.exitValue();
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        LOG.debug("pid {} {} in {} ms", p.pid(), timedOut ? "timed out" : "exit " + exit, elapsed.toMillis());
        return new CommandResult(cmd, exit, out.bytes(), err.bytes(), timedOut, out.truncated() || err.truncated(), elapsed);
    }

    private static void writeStdin(Process p, byte[] input) {
        try (OutputStream in = p.getOutputStream()) {
            in.write(input);
        } catch (IOException closedEarly) {
            // The program exited without reading all of stdin; its exit code tells the story.
            LOG.debug("stdin closed early: {}", closedEarly.getMessage());
        }
    }

    /** Kills descendants first (they would otherwise be re-parented and keep pipes open), then the process. */
    public static void killTree(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        Uninterruptibly.await(() -> p.waitFor(5, TimeUnit.SECONDS));
    }

    private static File nullDevice() {
        return new File(HostOs.isWindows() ? "NUL" : "/dev/null");
    }

    /** Reads a stream to its end on its own thread, keeping at most {@code cap} bytes. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final int cap;
        private final ByteArrayOutputStream buf = new ByteArrayOutputStream();
        private volatile boolean truncated;

        Drain(InputStream in, int cap, String name) {
            super(name);
            setDaemon(true);
            this.in = in;
            this.cap = cap;
        }

        @Override
        public void run() {
            byte[] chunk = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(chunk)) >= 0) {
                    synchronized (buf) {
                        int room = cap - buf.size();
                        if (room > 0) {
                            buf.write(chunk, 0, Math.min(room, n));
                        }
                        if (n > room) {
                            truncated = true;
                        }
                    }
                }
            } catch (IOException streamClosed) {
                LOG.trace("stream closed: {}", streamClosed.getMessage());
            }
        }

        byte[] bytes() {
            synchronized (buf) {
                return buf.toByteArray();
            }
        }

        boolean truncated() {
            return truncated;
        }
    }
}
