package dev.sysboxdoctor.image;

import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineError;
import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything temporary an operation created (trial containers, temporary image tags), removed in
 * reverse order on success, failure and cancel. Runs with the thread's interrupt flag cleared
 * (an interrupted thread cannot talk to the engine) and restores it afterwards.
 */
final class Cleanup {
    private static final Logger LOG = LoggerFactory.getLogger(Cleanup.class);
    private final EngineApi api;
    private final Deque<Runnable> undo = new ArrayDeque<>();

    Cleanup(EngineApi api) {
        this.api = api;
    }

    synchronized void container(String id) {
        undo.push(() -> ignoreMissing(() -> api.delete("/containers/" + EngineApi.seg(id) + "?force=1&v=1")));
    }

    synchronized void imageRef(String ref) {
        undo.push(() -> ignoreMissing(() -> api.delete("/images/" + EngineApi.seg(ref))));
    }

    void run() {
        boolean interrupted = Thread.interrupted();
        try {
            while (true) {
                Runnable r;
                synchronized (this) {
                    r = undo.poll();
                }
                if (r == null) {
                    return;
                }
                try {
                    r.run();
                } catch (RuntimeException e) {
                    LOG.warn("cleanup step failed: {}", e.getMessage());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void ignoreMissing(Runnable r) {
        try {
            r.run();
        } catch (EngineError e) {
            if (!e.notFound()) {
                throw e;
            }
        }
    }
}
