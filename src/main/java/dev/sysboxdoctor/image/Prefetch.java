package dev.sysboxdoctor.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Future;

/**
 * Reads its source on a worker thread into a few recycled buffers, so reading the export and
 * writing the import overlap as in a {@code docker export | docker import} pipe, instead of taking
 * turns on one thread. Memory stays at {@value #DEPTH} buffers of {@value #SIZE} bytes.
 */
final class Prefetch extends InputStream {
    static final int SIZE = 1 << 20;
    static final int DEPTH = 8;
    private static final Buf END = new Buf(new byte[0]);
    private final BlockingQueue<Buf> full = new ArrayBlockingQueue<>(DEPTH + 2);
    private final BlockingQueue<Buf> free = new ArrayBlockingQueue<>(DEPTH);
    private final InputStream source;
    private final Future<?> worker;
    private volatile IOException failure;
    private volatile boolean closed;
    private Buf current;
    private int pos;
    private boolean eof;

    private static final class Buf {
        final byte[] data;
        int len;

        Buf(byte[] data) {
            this.data = data;
        }
    }

    Prefetch(InputStream source) {
        this.source = source;
        for (int i = 0; i < DEPTH; i++) {
            free.add(new Buf(new byte[SIZE]));
        }
        worker = Workers.POOL.submit(this::fill);
    }

    private void fill() {
        try {
            while (!closed) {
                Buf b = free.take();
                b.len = source.readNBytes(b.data, 0, SIZE);
                if (b.len == 0) {
                    full.put(END);
                    return;
                }
                full.put(b);
            }
        } catch (IOException e) {
            failure = e;
            full.offer(END);
        } catch (InterruptedException e) {
            full.offer(END);
        }
    }

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
                Buf next = full.take();
                if (next == END) {
                    eof = true;
                    if (failure != null) {
                        throw failure;
                    }
                    return -1;
                }
                current = next;
                pos = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("cancelled");
            }
        }
        int n = Math.min(len, current.len - pos);
        System.arraycopy(current.data, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        worker.cancel(true);
        source.close();
    }
}
