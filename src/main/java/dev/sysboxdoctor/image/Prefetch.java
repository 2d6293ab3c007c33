package dev.sysboxdoctor.image;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.Future;

/**
 * Reads its source on a worker thread into a {@link BufferQueue}, so reading the export and
 * writing the import overlap as in a {@code docker export | docker import} pipe instead of taking
 * turns on one thread. Memory: {@value #DEPTH} buffers of {@value #SIZE} bytes.
 */
final class Prefetch extends FilterInputStream {
    static final int SIZE = 1 << 20;
    static final int DEPTH = 8;
    private final InputStream source;
    private final Future<?> worker;

    Prefetch(InputStream source) {
        this(source, new BufferQueue(DEPTH, SIZE));
    }

    private Prefetch(InputStream source, BufferQueue queue) {
        super(queue.input());
        this.source = source;
        this.worker = Workers.POOL.submit(() -> {
            byte[] buf = new byte[SIZE];
            try {
                int n;
                while ((n = source.readNBytes(buf, 0, SIZE)) > 0) {
                    queue.put(buf, 0, n);
                }
                queue.end(null);
            } catch (IOException e) {
                queue.end(e);
            }
        });
    }

    @Override
    public void close() throws IOException {
        worker.cancel(true);
        source.close();
    }
}
