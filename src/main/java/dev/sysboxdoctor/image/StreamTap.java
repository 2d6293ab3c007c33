package dev.sysboxdoctor.image;

import dev.sysboxdoctor.image.verify.ImageTarReader;
import dev.sysboxdoctor.image.verify.ImageView;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Reads the tar on its way into docker import a second time, for free: the bytes are SHA-256
 * digested (docker records exactly this digest as the layer's DiffID, so a match proves the
 * image's layer is this very stream) and handed to an {@link ImageTarReader} on its own thread,
 * which hashes and ELF-checks the files as they pass. Bounded: at most a few chunks are queued;
 * a slow reader slows the upload instead of filling memory.
 */
final class StreamTap extends FilterInputStream {
    private static final int CHUNK = 256 * 1024;
    private static final int CHUNKS = 16;
    private static final Chunk END = new Chunk(new byte[0]);
    private final MessageDigest sha256;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(CHUNKS + 1);
    /** Recycled buffers: the copy for the reader allocates nothing after the first few chunks. */
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(CHUNKS);
    private final CompletableFuture<ImageView> view;
    private volatile boolean readerGone;
    private boolean ended;

    StreamTap(InputStream in, ImageTarReader reader) {
        super(in);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        view = CompletableFuture.supplyAsync(() -> {
            try (InputStream q = new QueueInput()) {
                ImageView v = reader.read(q);
                q.transferTo(java.io.OutputStream.nullOutputStream()); // tar padding after the end marker
                return v;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                readerGone = true;
                queue.clear();
            }
        }, Workers.POOL);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            sha256.update(b, off, n);
            for (int at = 0; at < n && !readerGone; at += CHUNK) {
                int len2 = Math.min(CHUNK, n - at);
                Chunk c = free.poll();
                if (c == null) {
                    c = new Chunk(new byte[CHUNK]);
                }
                System.arraycopy(b, off + at, c.data, 0, len2);
                c.len = len2;
                offer(c);
            }
        } else if (n < 0 && !ended) {
            ended = true;
            offer(END);
        }
        return n;
    }

    private static final class Chunk {
        final byte[] data;
        int len;

        Chunk(byte[] data) {
            this.data = data;
        }
    }

    private void offer(Chunk chunk) throws IOException {
        try {
            while (!readerGone && !queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                // the reader is behind: wait (back-pressure), unless it has stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("cancelled");
        }
    }

    /** Stops the reader when the upload failed (it would otherwise wait for more bytes). */
    void abort() {
        ended = true;
        readerGone = true;
        queue.clear();
        queue.offer(END);
        view.cancel(true);
    }

    /** The digest of every byte read so far, as docker writes a DiffID ("sha256:..."). */
    String diffId() {
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }

    /** Waits for the reader (after the stream ended) and returns what it saw. */
    ImageView view() {
        try {
            if (!ended) {
                ended = true;
                offer(END);
            }
            return view.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("cancelled");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(c);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final class QueueInput extends InputStream {
        private Chunk current;
        private int pos;
        private boolean eof;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (current == null || pos >= current.len) {
                if (eof) {
                    return -1;
                }
                if (current != null) {
                    free.offer(current);
                    current = null;
                }
                try {
                    current = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("cancelled");
                }
                pos = 0;
                if (current == END) {
                    eof = true;
                    return -1;
                }
            }
            int n = Math.min(len, current.len - pos);
            System.arraycopy(current.data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
