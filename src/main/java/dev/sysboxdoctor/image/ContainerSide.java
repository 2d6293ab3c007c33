package dev.sysboxdoctor.image;

import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.verify.ContainerView;
import dev.sysboxdoctor.image.verify.ContainerViewReader;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The container's own view, read once per save and shared by its attempts: the listing first
 * (needed to know what the image side must hash), the in-container hashing on its own thread so
 * it overlaps with building and reading the image.
 */
final class ContainerSide {
    private final ContainerViewReader.Listing listing;
    private final Set<String> toHash;
    private final CompletableFuture<ContainerView> view;

    private ContainerSide(ContainerViewReader.Listing listing, CompletableFuture<ContainerView> view) {
        this.listing = listing;
        this.toHash = new HashSet<>(listing.toHash());
        this.view = view;
    }

    static ContainerSide start(EngineApi api, String containerId, boolean full, ProgressListener progress, CancelToken cancel) {
        ContainerViewReader reader = new ContainerViewReader(api, cancel);
        progress.onProgress(new Progress(Progress.Phase.READING_CONTAINER, 0, -1, 0, null, "Listing the container's files from inside it"));
        ContainerViewReader.Listing listing = reader.list(containerId, full);
        Meter meter = new Meter(progress, Progress.Phase.READING_CONTAINER, listing.bytesToHash(),
                "Hashing " + listing.toHash().size() + " files inside the container");
        CompletableFuture<ContainerView> view = CompletableFuture.supplyAsync(() -> {
            ContainerView v = reader.hash(containerId, listing, meter::update);
            meter.done(listing.bytesToHash());
            return v;
        }, Workers.POOL);
        return new ContainerSide(listing, view);
    }

    ContainerViewReader.Listing listing() {
        return listing;
    }

    boolean mustHash(String path) {
        return toHash.contains(path);
    }

    ContainerView await() {
        return Futures.join(view);
    }
}
