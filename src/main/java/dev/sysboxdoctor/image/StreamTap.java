package dev.sysboxdoctor.image;

import dev.sysboxdoctor.image.engine.BulkInputStream;
import dev.sysboxdoctor.image.verify.ImageTarReader;
import dev.sysboxdoctor.image.verify.ImageView;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads the tar on its way into docker import a second time, for free: the bytes are handed
 * through a {@link BufferQueue} to an {@link ImageTarReader} on its own thread, which hashes and
 * ELF-checks the files as they pass, and SHA-256 digests every byte it consumes. docker records
 * exactly this digest as the layer's DiffID, so a match proves that the bytes the reader checked
 * are the image's layer, end to end. A slow reader slows the upload instead of filling memory.
 */
final class StreamTap extends BulkInputStream {
    // 1 MiB pieces (fewer thread hand-overs than small ones), at most 8 MiB held.
    private final BufferQueue queue = new BufferQueue(8, 1 << 20);
    private final InputStream in;
    private final MessageDigest sha256;
    private final CompletableFuture<ImageView> view;
    private boolean ended;

    StreamTap(InputStream in, ImageTarReader reader) {
        this.in = in;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
        view = CompletableFuture.supplyAsync(() -> {
            try (InputStream q = new DigestingInput(queue.input(), sha256)) {
                ImageView v = reader.read(q);
                q.transferTo(OutputStream.nullOutputStream()); // tar padding after the end marker
                return v;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                queue.consumerGone();
            }
        }, Workers.POOL);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (view.isCompletedExceptionally()) {
            throw new IOException("the check of the stream stopped"); // see readerFailure()
        }
        int n = in.read(b, off, len);
        if (n > 0) {
            queue.put(b, off, n);
        } else if (n < 0 && !ended) {
            ended = true;
            queue.end(null);
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Why the reader stopped on its own, or null: the real cause when the upload was broken off for it. */
    RuntimeException readerFailure() {
        if (!view.isCompletedExceptionally() || view.isCancelled()) {
            return null;
        }
        try {
            view.join();
            return null;
        } catch (CompletionException e) {
            return e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Stops the reader when the upload failed (it would otherwise wait for more bytes). */
    void abort() {
        ended = true;
        queue.end(new IOException("upload failed"));
        view.cancel(true);
    }

    /** Waits for the reader (after the stream ended) and returns what it saw. */
    ImageView view() {
        if (!ended) {
            ended = true;
            queue.end(null);
        }
        return Futures.join(view);
    }

    /** The digest of every byte the reader consumed, as docker writes a DiffID ("sha256:..."); after {@link #view}. */
    String diffId() {
        return "sha256:" + HexFormat.of().formatHex(sha256.digest());
    }
}
