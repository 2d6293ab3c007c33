package dev.sysboxdoctor.image;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.Exec;
import dev.sysboxdoctor.image.verify.ContainerViewReader;
import dev.sysboxdoctor.image.verify.FileEntry;
import dev.sysboxdoctor.image.verify.FileType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * One tar of the container's files made by {@code tar} inside the container, so it reads what the
 * container itself sees. The file list is the container view's listing (mounts, volumes, /proc,
 * /sys and /dev already left out), passed as argv in batches to {@code tar --no-recursion} (busybox
 * tar has no exclude or file-list option); the batches are joined into one stream. Hard-linked
 * files travel in one batch so tar keeps them linked.
 */
final class SnapshotTar {
    private static final int ARGV_BYTES = 96 * 1024;
    private static final int ARGV_FILES = 4000;
    private final Exec exec;
    private final String container;
    private final ContainerViewReader.Listing listing;
    private final CancelToken cancel;

    SnapshotTar(EngineApi api, String container, ContainerViewReader.Listing listing, CancelToken cancel) {
        this.exec = new Exec(api);
        this.container = container;
        this.listing = listing;
        this.cancel = cancel;
    }

    long totalBytes() {
        return listing.entries().stream().mapToLong(FileEntry::size).sum();
    }

    /** GNU tar un-escapes backslashes in names given as arguments unless told not to; busybox tar knows no such option. */
    private List<String> flavourOptions = List.of();

    /** tar as the container holds it: linked under its name, or an applet of a busybox binary. */
    private List<String> tar(String... args) {
        List<String> argv = new ArrayList<>(listing.toolPrefix());
        argv.add("tar");
        argv.addAll(List.of(args));
        return argv;
    }

    void checkTarAvailable() {
        Exec.Result version = exec.run(container, tar("--version"));
        if (new String(version.stdout(), StandardCharsets.UTF_8).contains("GNU tar")) {
            flavourOptions = List.of("--no-unquote");
        }
        Exec.Result r = exec.run(container, tar("-c", "-f", "/dev/null", "--no-recursion", "-C", "/", "."));
        if (r.exitCode() != 0) {
            String why = (r.stderr() + new String(r.stdout(), StandardCharsets.UTF_8)).strip();
            throw new ImageEngineException(Kind.NO_TAR_IN_CONTAINER, "A snapshot needs a working 'tar' inside the container"
                    + (why.isEmpty() ? " (exit " + r.exitCode() + ")" : ": " + why.lines().findFirst().orElse("")));
        }
    }

    /** Argv batches: relative names ("./etc/x"), hard-link groups kept whole. */
    static List<List<String>> batches(List<FileEntry> entries) {
        Map<Long, List<FileEntry>> byInode = new HashMap<>();
        for (FileEntry e : entries) {
            if (e.type() == FileType.FILE) {
                byInode.computeIfAbsent(e.inode(), k -> new ArrayList<>()).add(e);
            }
        }
        List<FileEntry> single = new ArrayList<>();
        Map<Long, List<FileEntry>> linked = new LinkedHashMap<>();
        for (FileEntry e : entries) {
            List<FileEntry> g = e.type() == FileType.FILE ? byInode.get(e.inode()) : null;
            if (g != null && g.size() > 1) {
                linked.put(e.inode(), g);
            } else {
                single.add(e);
            }
        }
        List<List<String>> out = new ArrayList<>();
        Batch b = new Batch(out);
        single.forEach(e -> b.add(List.of(e)));
        linked.values().forEach(b::add);
        b.flush();
        return out;
    }

    private static final class Batch {
        private final List<List<String>> out;
        private List<String> names = new ArrayList<>();
        private int bytes;

        Batch(List<List<String>> out) {
            this.out = out;
        }

        void add(List<FileEntry> group) {
            int size = group.stream().mapToInt(e -> e.path().getBytes(StandardCharsets.UTF_8).length + 2).sum();
            if (!names.isEmpty() && (bytes + size > ARGV_BYTES || names.size() + group.size() > ARGV_FILES)) {
                flush();
            }
            group.forEach(e -> names.add("." + e.path()));
            bytes += size;
        }

        void flush() {
            if (!names.isEmpty()) {
                out.add(names);
                names = new ArrayList<>();
                bytes = 0;
            }
        }
    }

    /** The joined tar as an input stream, written by a thread that runs the batches one after another. */
    final class Stream implements AutoCloseable {
        private final ClosablePipe in;
        private final Thread writer;
        private volatile Exec.Running current;
        private volatile RuntimeException failure;

        Stream() throws IOException {
            PipedOutputStream pipe = new PipedOutputStream();
            in = new ClosablePipe(pipe);
            writer = new Thread(() -> write(pipe), "snapshot-tar");
            writer.setDaemon(true);
            writer.start();
        }

        InputStream input() {
            return in;
        }

        private void write(PipedOutputStream pipe) {
            byte[] buf = new byte[256 * 1024];
            try (TarArchiveOutputStream out = new TarArchiveOutputStream(new BufferedOutputStream(pipe, 256 * 1024), "UTF-8")) {
                out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
                out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
                out.setAddPaxHeadersForNonAsciiNames(true);
                for (List<String> names : batches(listing.entries())) {
                    cancel.throwIfCancelled();
                    List<String> argv = tar("-c", "-f", "-", "--no-recursion");
                    argv.addAll(flavourOptions);
                    argv.addAll(List.of("-C", "/"));
                    argv.addAll(names);
                    try (Exec.Running r = exec.start(container, argv)) {
                        current = r;
                        TarArchiveInputStream part = new TarArchiveInputStream(r.stdout(), "UTF-8");
                        TarArchiveEntry e;
                        while ((e = part.getNextEntry()) != null) {
                            out.putArchiveEntry(e);
                            if (e.isFile() && !e.isLink()) {
                                int n;
                                while ((n = part.read(buf)) > 0) {
                                    out.write(buf, 0, n);
                                }
                            }
                            out.closeArchiveEntry();
                        }
                        r.stdout().transferTo(OutputStream.nullOutputStream());
                        int exit = r.exitCode();
                        if (exit != 0) {
                            throw new ImageEngineException(Kind.ENGINE_ERROR, "tar inside the container failed (exit " + exit + "): "
                                    + r.stderr().strip().lines().findFirst().orElse(""));
                        }
                    }
                }
                out.finish();
            } catch (RuntimeException e) {
                failure = e;
            } catch (IOException e) {
                failure = new ImageEngineException(Kind.ENGINE_ERROR, "Snapshot stream failed: " + e.getMessage(), e);
            }
        }

        /** Waits for the writer; rethrows what failed inside the container (a pipe closed by the reader is not news). */
        void rethrowTarFailure() {
            try {
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("cancelled");
            }
            if (failure instanceof ImageEngineException f && f.getCause() == null) {
                throw f;
            }
            if (failure != null && !in.isClosed()) {
                throw failure;
            }
        }

        @Override
        public void close() {
            Exec.Running r = current;
            if (r != null) {
                r.close();
            }
            try {
                in.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    /** A pipe that knows whether its reader closed it. */
    private static final class ClosablePipe extends PipedInputStream {
        private volatile boolean closed;

        ClosablePipe(PipedOutputStream src) throws IOException {
            super(src, 1 << 20);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }

        boolean isClosed() {
            return closed;
        }
    }

    Stream open() {
        try {
            return new Stream();
        } catch (IOException e) {
            throw new ImageEngineException(Kind.ENGINE_ERROR, "Cannot open the snapshot pipe: " + e.getMessage(), e);
        }
    }
}
