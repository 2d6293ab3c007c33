package dev.sysboxdoctor.host;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A private Unix-domain socket whose every connection is served by a fresh process speaking the
 * engine protocol on stdin/stdout, such as {@code wsl.exe -d NAME -e docker system dial-stdio}:
 * the engine inside a WSL distro becomes a {@code unix://} endpoint for docker-java without a TCP
 * port other users could reach. The socket lives in a new owner-only temp directory.
 *
 * <p>Per connection: socket -> process stdin, process stdout -> socket, stderr kept (capped) for
 * the log and {@link #lastFailure()}. The end of the socket's input only closes the process's
 * stdin (an HTTP half-close); the end of the process's output ends the connection and kills the
 * process tree. {@link #close()} stops accepting and kills every process tree still running.
 */
public final class DialStdioRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DialStdioRelay.class);
    /** Kept of a process's output for the failure text: wsl.exe prints its own errors on stdout. */
    private static final int KEEP = 4096;
    /** After the client stopped sending, the process may still answer this long before it is killed. */
    private static final long LINGER_SECONDS = 30;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final List<String> argv;
    private final Map<String, String> env;
    private final Path dir;
    private final Path socket;
    private final ServerSocketChannel server;
    private final Set<Connection> live = ConcurrentHashMap.newKeySet();
    private final Thread acceptor;
    private volatile boolean closed;
    private volatile String lastFailure;
    private final Object failureLock = new Object();

    private DialStdioRelay(List<String> argv, Map<String, String> env) throws IOException {
        this.argv = List.copyOf(argv);
        this.env = Map.copyOf(env);
        this.dir = privateDir();
        this.socket = dir.resolve("d.sock");
        if (socket.toString().getBytes(StandardCharsets.UTF_8).length >= 100) {
            deleteQuietly(dir);
            throw new IOException("socket path too long for a Unix-domain socket: " + socket);
        }
        try {
            this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(socket);
            deleteQuietly(dir);
            throw e;
        }
        this.acceptor = new Thread(this::acceptLoop, "dial-stdio-accept-" + THREADS.incrementAndGet());
        acceptor.setDaemon(true);
        acceptor.start();
        LOG.debug("relay {} -> {}", socket, String.join(" ", this.argv));
    }

    /** Starts a relay for {@code argv} (a list, never a shell string). */
    public static DialStdioRelay start(List<String> argv) throws IOException {
        return start(argv, Map.of());
    }

    /** Starts a relay for {@code argv} with {@code env} added to each process's environment. */
    public static DialStdioRelay start(List<String> argv, Map<String, String> env) throws IOException {
        if (Objects.requireNonNull(argv).isEmpty()) {
            throw new IllegalArgumentException("empty argv");
        }
        return new DialStdioRelay(argv, Objects.requireNonNull(env));
    }

    /** The endpoint for docker-java: {@code unix://<path>}. */
    public String uri() {
        return UnixUri.of(socket);
    }

    public Path socketPath() {
        return socket;
    }

    /** The processes serving a connection right now. */
    public List<ProcessHandle> liveProcesses() {
        return live.stream().map(c -> c.process.toHandle()).toList();
    }

    /**
     * The last process that ended badly: its command, exit code and what it printed (first lines),
     * or null. wsl.exe reports an unknown or broken distro this way.
     */
    public String lastFailure() {
        return lastFailure;
    }

    /** Waits until a process has ended badly or {@code millis} passed; returns {@link #lastFailure()}. */
    public String awaitFailure(long millis) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        synchronized (failureLock) {
            while (lastFailure == null) {
                long left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime());
                if (left <= 0) {
                    break;
                }
                failureLock.wait(left);
            }
        }
        return lastFailure;
    }

    private void acceptLoop() {
        while (!closed) {
            SocketChannel client;
            try {
                client = server.accept();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                if (!closed) {
                    LOG.debug("relay {}: accept failed: {}", socket, e.getMessage());
                }
                return;
            }
            try {
                Connection c = new Connection(client);
                live.add(c);
                if (closed) { // close() ran between accept and add: it did not see this one
                    c.end();
                }
            } catch (IOException e) {
                fail("could not start " + argv.get(0) + ": " + e.getMessage());
                closeQuietly(client);
            }
        }
    }

    private void fail(String text) {
        LOG.debug("relay {}: {}", socket, text);
        synchronized (failureLock) {
            lastFailure = text;
            failureLock.notifyAll();
        }
    }

    /** One client connection and the process serving it. */
    private final class Connection {
        private final SocketChannel client;
        private final Process process;
        private final ByteArrayOutputStream stdoutHead = new ByteArrayOutputStream();
        private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        private final AtomicInteger ended = new AtomicInteger();

        Connection(SocketChannel client) throws IOException {
            this.client = client;
            ProcessBuilder pb = new ProcessBuilder(argv);
            pb.environment().putAll(env);
            this.process = pb.start();
            LOG.debug("relay {}: pid {} serves a connection", socket, process.pid());
            thread("in", this::clientToProcess);
            thread("out", this::processToClient);
            thread("err", () -> keep(process.getErrorStream(), stderr));
        }

        private void thread(String what, Runnable r) {
            Thread t = new Thread(r, "dial-stdio-" + what + "-" + process.pid());
            t.setDaemon(true);
            t.start();
        }

        private void clientToProcess() {
            // The channel's own read/write, not Channels streams: those share one lock per channel,
            // so a blocked read would stall the other direction's write.
            try (OutputStream to = process.getOutputStream()) {
                ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
                while (client.read(buf) >= 0) {
                    to.write(buf.array(), 0, buf.position());
                    to.flush();
                    buf.clear();
                }
            } catch (IOException e) {
                LOG.trace("relay: client -> pid {} ended: {}", process.pid(), e.getMessage());
            }
            // The client sent all it will: the process answers what is pending, then ends (or is killed).
            try {
                if (!process.waitFor(LINGER_SECONDS, TimeUnit.SECONDS)) {
                    end();
                }
            } catch (InterruptedException e) {
                end();
            }
        }

        private void processToClient() {
            try (InputStream from = process.getInputStream()) {
                byte[] buf = new byte[64 * 1024];
                int n;
                while ((n = from.read(buf)) >= 0) {
                    synchronized (stdoutHead) {
                        if (stdoutHead.size() < KEEP) {
                            stdoutHead.write(buf, 0, Math.min(n, KEEP - stdoutHead.size()));
                        }
                    }
                    ByteBuffer out = ByteBuffer.wrap(buf, 0, n);
                    while (out.hasRemaining()) {
                        client.write(out);
                    }
                }
            } catch (IOException e) {
                LOG.trace("relay: pid {} -> client ended: {}", process.pid(), e.getMessage());
            }
            end();
        }

        private void keep(InputStream in, ByteArrayOutputStream into) {
            byte[] buf = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buf)) >= 0) {
                    synchronized (into) {
                        if (into.size() < KEEP) {
                            into.write(buf, 0, Math.min(n, KEEP - into.size()));
                        }
                    }
                }
            } catch (IOException e) {
                LOG.trace("relay: stderr of pid {} ended: {}", process.pid(), e.getMessage());
            }
        }

        /** Closes both sides and kills the tree; reports a bad exit. Runs once. */
        void end() {
            if (ended.getAndIncrement() > 0) {
                return;
            }
            closeQuietly(client);
            boolean exitedOnItsOwn = !process.isAlive();
            if (!exitedOnItsOwn) {
                try {
                    exitedOnItsOwn = process.waitFor(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            CommandRunner.killTree(process);
            live.remove(this);
            String err;
            synchronized (stderr) {
                err = WslOutput.decode(stderr.toByteArray()).strip();
            }
            if (exitedOnItsOwn && process.exitValue() != 0) {
                String out;
                synchronized (stdoutHead) {
                    out = WslOutput.decode(stdoutHead.toByteArray()).strip();
                }
                String said = (out + "\n" + err).strip().replaceAll("\\s*\\n\\s*", " ");
                fail(String.join(" ", argv) + " exited with " + process.exitValue() + (said.isEmpty() ? "" : ": " + said));
            } else if (!err.isEmpty()) {
                LOG.debug("relay: pid {} stderr: {}", process.pid(), err);
            }
            LOG.debug("relay {}: pid {} ended", socket, process.pid());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(server);
        for (Connection c : List.copyOf(live)) {
            c.end();
        }
        // Also after a cancel: the acceptor may be ending a last connection.
        Uninterruptibly.await(() -> acceptor.join(2000));
        deleteQuietly(socket);
        deleteQuietly(dir);
        LOG.debug("relay {} closed", socket);
    }

    private static Path privateDir() throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        if (posix && base.toString().length() > 60) {
            base = Path.of("/tmp"); // keep the socket path short (macOS temp dirs are long)
        }
        if (posix) {
            return Files.createTempDirectory(base, "sdr", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory(base, "sdr"); // %TEMP% is the user's own directory on Windows
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // already broken
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.debug("could not delete {}: {}", p, e.getMessage());
        }
    }
}
