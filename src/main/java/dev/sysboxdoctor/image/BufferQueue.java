package dev.sysboxdoctor.image;

import java.io.IOException;
import dev.sysboxdoctor.image.engine.BulkInputStream;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A bounded hand-over of bytes from one thread to another through a few recycled buffers: the
 * producer {@link #put}s and finally {@link #end}s; the consumer reads {@link #input()}. A full
 * queue blocks the producer (back-pressure), so memory stays at {@code depth} buffers.
 */
final class BufferQueue {
    private static final Buf END = new Buf(new byte[0]);
    private final BlockingQueue<Buf> full;
    private final BlockingQueue<Buf> free;
    private final int size;
    private volatile IOException failure;
    private volatile boolean consumerGone;

    private static final class Buf {
        final byte[] data;
        int len;

        Buf(byte[] data) {
            this.data = data;
        }
    }

    BufferQueue(int depth, int size) {
        this.full = new ArrayBlockingQueue<>(depth + 1);
        this.free = new ArrayBlockingQueue<>(depth);
        this.size = size;
    }

    int bufferSize() {
        return size;
    }

    /** Copies b[off..off+len) in; blocks while the consumer is behind. Dropped once the consumer is gone. */
    void put(byte[] b, int off, int len) throws IOException {
        for (int at = 0; at < len && !consumerGone; at += size) {
            int n = Math.min(size, len - at);
            Buf buf = free.poll();
            if (buf == null) {
                buf = new Buf(new byte[size]);
            }
            System.arraycopy(b, off + at, buf.data, 0, n);
            buf.len = n;
            offer(buf);
        }
    }

    /** No more bytes; with a failure the consumer's next read throws it. */
    void end(IOException failed) {
        failure = failed;
        try {
            offer(END);
        } catch (IOException interrupted) {
            full.clear();
            full.offer(END);
        }
    }

    /** The consumer stopped reading: the producer must not wait for it any longer. */
    void consumerGone() {
        consumerGone = true;
        full.clear();
    }

    private void offer(Buf b) throws IOException {
        try {
            while (!consumerGone && !full.offer(b, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is behind
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("cancelled");
        }
    }

    InputStream input() {
        return new BulkInputStream() {
            private Buf current;
            private int pos;
            private boolean eof;

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
                    Buf next;
                    try {
                        next = full.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("cancelled");
                    }
                    if (next == END) {
                        eof = true;
                        if (failure != null) {
                            throw failure;
                        }
                        return -1;
                    }
                    current = next;
                    pos = 0;
                }
                int n = Math.min(len, current.len - pos);
                System.arraycopy(current.data, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }
}
