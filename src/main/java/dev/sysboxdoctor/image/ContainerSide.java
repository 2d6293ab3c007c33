package dev.sysboxdoctor.image;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.Exec;
import dev.sysboxdoctor.image.verify.ContainerView;
import dev.sysboxdoctor.image.verify.ContainerViewReader;
import dev.sysboxdoctor.image.verify.HashAlgorithm;
import dev.sysboxdoctor.image.verify.ImageTarReader;
import dev.sysboxdoctor.image.verify.InsideTools;
import dev.sysboxdoctor.image.verify.Paths;
import dev.sysboxdoctor.image.verify.Scope;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The container's side of a comparison, read once per save and shared by its attempts, on worker
 * threads so that it overlaps with building and reading the image.
 *
 * <p>Inside the container when it runs and holds the tools ({@link InsideTools}, detected once):
 * first the listing (find + stat: it says which files both sides hash), then the in-container
 * hashing, beside the image's stream or after it ({@link InsideHashing}, {@link #streamEnded});
 * files its tool cannot read are read through the engine. Otherwise (stopped, or no
 * usable tools) through the engine ({@link EngineView}): its export stream, hashed in Java, read
 * only when asked ({@link #readThroughEngine}): an export/import save reads that same stream on its
 * way into the image instead, so a second export would only repeat it.
 * The image side hashes with the same algorithm and, until the listing is there, every file
 * ({@link #mustHash}).
 */
final class ContainerSide {
    /** Where the container's files were read, as the report says it. */
    enum View {
        INSIDE("inside the container"), ENGINE("through the engine");

        final String label;

        View(String label) {
            this.label = label;
        }
    }

    private final View view;
    private final HashAlgorithm algorithm;
    private final String tool;
    private final String whyEngine;
    private final CompletableFuture<ContainerViewReader.Listing> listing;
    private CompletableFuture<ContainerView> files;
    private final CompletableFuture<Void> hashingMayStart;
    private final Supplier<ContainerView> engineRead;
    private final Scope engineScope;
    private final Set<String> changed;
    private final boolean full;
    private final boolean sysboxRunning;
    private volatile Set<String> toHash;

    private ContainerSide(View view, HashAlgorithm algorithm, String tool, String whyEngine,
                          CompletableFuture<ContainerViewReader.Listing> listing, CompletableFuture<ContainerView> files,
                          CompletableFuture<Void> hashingMayStart, Supplier<ContainerView> engineRead, Scope engineScope,
                          Set<String> changed, boolean full, boolean sysboxRunning) {
        this.view = view;
        this.algorithm = algorithm;
        this.tool = tool;
        this.whyEngine = whyEngine;
        this.listing = listing;
        this.files = files;
        this.hashingMayStart = hashingMayStart;
        this.engineRead = engineRead;
        this.engineScope = engineScope;
        this.changed = changed;
        this.full = full;
        this.sysboxRunning = sysboxRunning;
    }

    /** Starts reading {@code container} (an inspect); detection of the tools inside happens now, the rest on workers. */
    static ContainerSide start(EngineApi api, JsonNode container, boolean full, ProgressListener progress, CancelToken cancel) {
        return start(api, container, full, null, progress, cancel);
    }

    /** @param hashing when and how wide the inside hashing runs; null: from the engine's CPU count */
    static ContainerSide start(EngineApi api, JsonNode container, boolean full, InsideHashing hashing, ProgressListener progress,
                               CancelToken cancel) {
        String id = container.path("Id").asText();
        boolean running = Verifier.running(container);
        String why;
        if (running) {
            progress.onProgress(new Progress(Progress.Phase.READING_CONTAINER, 0, -1, 0, null, "Looking for the container's own tools"));
            InsideTools.Result found = InsideTools.detect(new Exec(api), id, cancel);
            if (found.tools().isPresent()) {
                CompletableFuture<InsideHashing> how = hashing != null ? CompletableFuture.completedFuture(hashing) : InsideHashing.ask(api);
                return inside(api, id, mountDestinations(container), found.tools().get(), full, how, progress, cancel);
            }
            why = found.why();
        } else {
            why = "the container is not running (" + container.path("State").path("Status").asText("?") + "): docker exec cannot enter it";
        }
        return engine(api, container, full, why, progress, cancel);
    }

    private static ContainerSide inside(EngineApi api, String id, List<String> mounts, InsideTools tools, boolean full,
                                        CompletableFuture<InsideHashing> how, ProgressListener progress, CancelToken cancel) {
        ContainerViewReader reader = new ContainerViewReader(api, tools, cancel);
        progress.onProgress(new Progress(Progress.Phase.READING_CONTAINER, 0, -1, 0, null, "Listing the container's files from inside it"));
        CompletableFuture<ContainerViewReader.Listing> listing =
                CompletableFuture.supplyAsync(() -> reader.list(id, full), Workers.POOL);
        CompletableFuture<Void> go = new CompletableFuture<>();
        how.thenAccept(h -> {
            if (!h.afterStream()) {
                go.complete(null);
            }
        });
        CompletableFuture<ContainerView> view = listing.thenCombine(go, (l, ignored) -> l).thenApplyAsync(l -> {
            Meter meter = new Meter(progress, Progress.Phase.READING_CONTAINER, l.bytesToHash(),
                    "Hashing " + l.toHash().size() + " files inside the container");
            ContainerView v = reader.hash(id, l, how.join().processes(), Workers.POOL, meter::update);
            meter.done(l.bytesToHash());
            if (!v.unreadable().isEmpty()) {
                Map<String, String> read = new EngineView(api, !mounts.isEmpty(), progress, cancel).hash(id, v.unreadable(), tools.algorithm());
                v = v.withHashes(read, read.size() + " file(s) that " + tools.hashToolName()
                        + " could not read inside the container were read through the engine.");
            }
            return v;
        }, Workers.POOL);
        return new ContainerSide(View.INSIDE, tools.algorithm(), tools.hashToolName(), null, listing, view, go, null, null, null,
                full, false);
    }

    private static ContainerSide engine(EngineApi api, JsonNode container, boolean full, String why, ProgressListener progress,
                                        CancelToken cancel) {
        String id = container.path("Id").asText();
        Set<String> changed = changedPaths(api, id);
        List<String> mounts = mountDestinations(container);
        Scope scope = new Scope(mounts);
        HashAlgorithm algorithm = HashAlgorithm.MD5;
        EngineView reader = new EngineView(api, !mounts.isEmpty(), progress, cancel);
        boolean sysboxRunning = Verifier.running(container)
                && ContainerInfo.SYSBOX_RUNTIME.equals(container.path("HostConfig").path("Runtime").asText());
        return new ContainerSide(View.ENGINE, algorithm, reader.endpoint(), why, CompletableFuture.completedFuture(null), null,
                CompletableFuture.completedFuture(null),
                () -> reader.read(id, scope, (p, perm) -> engineRule(full, changed, p, perm), algorithm, -1), scope, changed, full,
                sysboxRunning);
    }

    /**
     * Starts reading the container's files through the engine on a worker (once; nothing for the
     * inside view). For attempts that do not stream the container's own export into the image.
     */
    synchronized void readThroughEngine() {
        if (files == null) {
            files = CompletableFuture.supplyAsync(engineRead, Workers.POOL);
        }
    }

    View view() {
        return view;
    }

    HashAlgorithm algorithm() {
        return algorithm;
    }

    /** The hash tool used inside ("sha256sum", "busybox md5sum"); for the engine view the stream and the Java digest. */
    String tool() {
        return view == View.INSIDE ? tool : tool + ", " + algorithm.label() + " computed by Sysbox Doctor";
    }

    /** The tool when the container's export went into the image and was read on the way (through the engine only). */
    String oneStreamTool() {
        return tool + ", SHA-256 of the whole stream (the image layer's diffID) computed by Sysbox Doctor";
    }

    /** One line: what this view proves and what it does not. */
    String limits() {
        if (view == View.INSIDE) {
            return "The container's files were read inside it, as root, with its own " + tool + " (changed and executable files"
                    + (full ? ", here every file," : "") + " hashed); mounts and volumes are not part of an image.";
        }
        return "The container's files were read through the engine with " + tool + " (" + whyEngine
                + "): Docker's view of its root filesystem, "
                + "not the container's own; "
                + (sysboxRunning ? "owners are as the engine sees them (a running Sysbox container's may be shifted); " : "")
                + "mounts and volumes are not part of an image.";
    }

    /** The paths that are not compared: Docker's init layer and the container's mounts. */
    Scope scope() {
        return view == View.ENGINE ? engineScope : new Scope(listing().mountPoints());
    }

    /** The inside listing, for a snapshot; null when the container is read through the engine (no tools, or not running). */
    ContainerViewReader.Listing snapshotListing() {
        return view == View.INSIDE ? listing() : null;
    }

    /** Why the container is read through the engine; null when it is read inside. */
    String whyEngine() {
        return whyEngine;
    }

    /** Waits for the listing; its failure comes out as is. */
    private ContainerViewReader.Listing listing() {
        return Futures.join(listing);
    }

    /**
     * Whether this file's content is compared (both sides hash it). Inside: the listing's choice,
     * every file while the listing is still running. Through the engine: changed or executable
     * files, or every file with a full check. A failed listing comes out here too, so that a
     * reader on the way stops the build early.
     */
    boolean mustHash(String path, int permission) {
        if (view == View.ENGINE) {
            return engineRule(full, changed, path, permission);
        }
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

    private static boolean engineRule(boolean full, Set<String> changed, String path, int permission) {
        return full || (permission & 0111) != 0 || changed.contains(path);
    }

    /**
     * What a reader of the tar on its way into the image hashes. Inside: {@link #mustHash}. Through
     * the engine nothing: that tar is the container's export itself, its SHA-256 (the layer's
     * diffID) covers every byte, and a per-file hash of it would be compared with itself.
     */
    ImageTarReader.HashRule streamHashRule() {
        return view == View.ENGINE ? (p, perm) -> false : this::mustHash;
    }

    /** True once reading the container's files failed: building further is pointless. */
    synchronized boolean failed() {
        return listing.isCompletedExceptionally() || (files != null && files.isCompletedExceptionally());
    }

    /**
     * The image's tar no longer streams through this process (built, or the build failed): a hash
     * tool held back for it ({@link InsideHashing#afterStream}) may start.
     */
    void streamEnded() {
        hashingMayStart.complete(null);
    }

    /** The container's view; through the engine, read now if no one asked before. Inside, the hashing starts now if held back. */
    ContainerView await() {
        listing();
        streamEnded();
        readThroughEngine();
        CompletableFuture<ContainerView> f;
        synchronized (this) {
            f = files;
        }
        return Futures.join(f);
    }

    private static Set<String> changedPaths(EngineApi api, String id) {
        Set<String> changed = new HashSet<>();
        for (JsonNode c : api.get("/containers/" + EngineApi.seg(id) + "/changes")) {
            if (c.path("Kind").asInt() != 2) {
                changed.add(Paths.normalize(c.path("Path").asText()));
            }
        }
        return changed;
    }

    /** Volumes, binds and tmpfs mounts: the archive includes their contents, an image never does. */
    static List<String> mountDestinations(JsonNode container) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : container.path("Mounts")) {
            out.add(m.path("Destination").asText());
        }
        container.path("HostConfig").path("Tmpfs").fieldNames().forEachRemaining(out::add);
        for (JsonNode m : container.path("HostConfig").path("Mounts")) {
            out.add(m.path("Target").asText());
        }
        return out;
    }
}
