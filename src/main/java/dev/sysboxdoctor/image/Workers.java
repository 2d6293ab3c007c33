package dev.sysboxdoctor.image;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Threads for the blocking side jobs of a save (in-container hashing, reading the import stream).
 * Not the common pool: on two cores it has one thread, and two blocking jobs would take turns.
 */
final class Workers {
    private static final AtomicInteger COUNT = new AtomicInteger();
    static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "image-worker-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Workers() {}
}
