package dev.sysboxdoctor.image;

import dev.sysboxdoctor.image.engine.EngineApi;
import java.util.concurrent.CompletableFuture;

/**
 * When the container's own hash tool runs during a save, and how many at a time, from the
 * engine's CPU count.
 *
 * <p>On 2 CPUs a bare {@code docker export | docker import} already keeps ~1.7 of them busy, so a
 * hash tool running beside the stream takes its CPU from the stream. Right after the stream both
 * CPUs are free for a while: the trial container's create waits on the disk there (overlayfs
 * syncs the whole upper filesystem when docker unmounts the new init layer, ~1.3 s for a fresh
 * 1.4 GiB layer). So with few CPUs the hashing waits for the stream and then runs two tools at
 * once; with 4 or more, spare CPUs take it beside the stream (docs/verified-save-performance.md).
 *
 * @param afterStream wait until the image's tar has gone through (or until someone needs the hashes)
 * @param processes   hash tools at a time, each over its share of the files
 */
record InsideHashing(boolean afterStream, int processes) {
    /** What was done before the CPU count was asked for: one tool, beside the stream. */
    static final InsideHashing UNKNOWN = new InsideHashing(false, 1);

    static InsideHashing forCpus(int cpus) {
        if (cpus <= 0) {
            return UNKNOWN;
        }
        return cpus < 4 ? new InsideHashing(true, 2) : new InsideHashing(false, Math.min(4, cpus / 2));
    }

    /** Asks the engine for its CPU count on a worker; a failure leaves the old way. */
    static CompletableFuture<InsideHashing> ask(EngineApi api) {
        return CompletableFuture.supplyAsync(() -> forCpus(api.get("/info").path("NCPU").asInt(0)), Workers.POOL)
                .exceptionally(e -> UNKNOWN);
    }
}
