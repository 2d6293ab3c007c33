package dev.sysboxdoctor.image;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.verify.ContainerView;
import dev.sysboxdoctor.image.verify.ContainerViewReader;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The container's own view, read once per save and shared by its attempts, on worker threads so
 * that it overlaps with building and reading the image: first the listing (find + stat: it says
 * which files both sides hash), then the in-container hashing. The export does not wait for the
 * listing; until it is there, the image side hashes every file ({@link #mustHash}).
 */
final class ContainerSide {
    private final CompletableFuture<ContainerViewReader.Listing> listing;
    private final CompletableFuture<ContainerView> view;
    private volatile Set<String> toHash;

    private ContainerSide(CompletableFuture<ContainerViewReader.Listing> listing, CompletableFuture<ContainerView> view) {
        this.listing = listing;
        this.view = view;
    }

    static ContainerSide start(EngineApi api, String containerId, boolean full, ProgressListener progress, CancelToken cancel) {
        ContainerViewReader reader = new ContainerViewReader(api, cancel);
        progress.onProgress(new Progress(Progress.Phase.READING_CONTAINER, 0, -1, 0, null, "Listing the container's files from inside it"));
        CompletableFuture<ContainerViewReader.Listing> listing =
                CompletableFuture.supplyAsync(() -> reader.list(containerId, full), Workers.POOL);
        CompletableFuture<ContainerView> view = listing.thenApplyAsync(l -> {
            Meter meter = new Meter(progress, Progress.Phase.READING_CONTAINER, l.bytesToHash(),
                    "Hashing " + l.toHash().size() + " files inside the container");
            ContainerView v = reader.hash(containerId, l, meter::update);
            meter.done(l.bytesToHash());
            return v;
        }, Workers.POOL);
        return new ContainerSide(listing, view);
    }

    /** Waits for the listing; its failure (no find/stat in the container) comes out as is. */
    ContainerViewReader.Listing listing() {
        return Futures.join(listing);
    }

    /**
     * Whether the image side must hash this file: every file while the listing is still running.
     * A failed listing comes out here too, so that a reader on the way stops the build early.
     */
    boolean mustHash(String path) {
        Set<String> known = toHash;
        if (known == null) {
            if (!listing.isDone()) {
                return true;
            }
            known = new HashSet<>(listing().toHash());
            toHash = known;
        }
        return known.contains(path);
    }

    /** True once reading the container's files failed: building further is pointless. */
    boolean failed() {
        return listing.isCompletedExceptionally() || view.isCompletedExceptionally();
    }

    ContainerView await() {
        listing();
        return Futures.join(view);
    }
}
