package dev.sysboxdoctor.image.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ImageEngineException;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.Exec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Reads a running container's own view through docker exec: find + stat for every file (as the
 * container's mount namespace and user namespace show it), then the container's hash tool over the
 * files that need it. Only the busybox/coreutils programs of {@link InsideTools} run, as argv
 * lists, as root; nothing is written in the container.
 */
public final class ContainerViewReader {
    private static final int ARGV_BYTES = 96 * 1024;
    private static final int ARGV_FILES = 4000;
    /** GNU stat quotes names unless told not to; busybox ignores both. */
    static final List<String> LISTING_ENV = List.of("QUOTING_STYLE=literal", "LC_ALL=C");
    private final EngineApi api;
    private final Exec exec;
    private final CancelToken cancel;
    private final InsideTools tools;

    public ContainerViewReader(EngineApi api, InsideTools tools, CancelToken cancel) {
        this.api = api;
        this.exec = new Exec(api);
        this.tools = tools;
        this.cancel = cancel;
    }

    private List<String> lister(String... argv) {
        List<String> out = new ArrayList<>(tools.lister());
        out.addAll(List.of(argv));
        return out;
    }

    /**
     * What to hash: the files the container changed, every executable, or everything.
     *
     * @param toolPrefix the argv prefix of the container's busybox/coreutils programs (empty, or {@code busybox})
     */
    public record Listing(List<FileEntry> entries, List<String> mountPoints, List<String> toHash, long bytesToHash,
                          List<String> toolPrefix) {}

    public Listing list(String container, boolean full) {
        Exec.Result mounts = exec.run(container, lister("cat", "/proc/self/mountinfo"));
        if (mounts.exitCode() != 0) {
            throw noTools(container, "cat /proc/self/mountinfo", mounts);
        }
        List<String> mountPoints = MountInfo.mountPoints(new String(mounts.stdout(), StandardCharsets.UTF_8));
        cancel.throwIfCancelled();
        List<String> find = lister("find", "/", "-xdev",
                "(", "-path", "/proc", "-o", "-path", "/sys", "-o", "-path", "/dev", ")", "-prune", "-o", "-exec");
        find.addAll(lister("stat", "-c", StatListing.FORMAT, "{}", "+"));
        Exec.Result found = exec.run(container, find, LISTING_ENV);
        List<FileEntry> entries = StatListing.parse(new String(found.stdout(), StandardCharsets.UTF_8));
        if (entries.isEmpty()) {
            throw noTools(container, "find / -exec stat", found);
        }
        cancel.throwIfCancelled();
        Scope scope = new Scope(mountPoints);
        Set<String> changed = changedPaths(container);
        Map<Long, List<FileEntry>> byInode = new HashMap<>();
        List<FileEntry> kept = new ArrayList<>();
        for (FileEntry e : entries) {
            if (scope.includes(e.path())) {
                kept.add(e);
                if (e.type() == FileType.FILE) {
                    byInode.computeIfAbsent(e.inode(), k -> new ArrayList<>()).add(e);
                }
            }
        }
        Map<String, FileEntry> select = new LinkedHashMap<>();
        for (FileEntry e : kept) {
            if (e.type() == FileType.FILE && (full || e.executable() || changed.contains(e.path()))) {
                for (FileEntry linked : byInode.get(e.inode())) {
                    select.putIfAbsent(linked.path(), linked); // a hard link shares content: hash the group
                }
            }
        }
        long bytes = select.values().stream().mapToLong(FileEntry::size).sum();
        return new Listing(kept, mountPoints, new ArrayList<>(select.keySet()), bytes, tools.lister());
    }

    /**
     * Hashes the listing's selected files in argv-sized batches, {@code processes} hash tools at a
     * time (the files split by size), the first on this thread, the others on {@code executor};
     * {@code hashedBytes} reports progress (called from any of them, one call at a time).
     */
    public ContainerView hash(String container, Listing listing, int processes, Executor executor, LongConsumer hashedBytes) {
        Map<String, Long> sizes = new HashMap<>();
        listing.entries().forEach(e -> sizes.put(e.path(), e.size()));
        List<List<String>> shares = shares(listing.toHash(), sizes, processes);
        AtomicLong done = new AtomicLong();
        LongConsumer progress = n -> {
            synchronized (done) {
                hashedBytes.accept(done.addAndGet(n));
            }
        };
        List<CompletableFuture<Share>> others = new ArrayList<>();
        for (List<String> share : shares.subList(1, shares.size())) {
            others.add(CompletableFuture.supplyAsync(() -> hashShare(container, share, sizes, progress), executor));
        }
        List<Share> results = new ArrayList<>();
        try {
            results.add(hashShare(container, shares.get(0), sizes, progress));
            for (CompletableFuture<Share> f : others) {
                results.add(f.join());
            }
        } catch (RuntimeException e) {
            others.forEach(f -> f.cancel(true)); // a share not started yet does not run; a running one ends on its own
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        Map<String, String> hashes = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        List<String> notes = new ArrayList<>();
        for (Share r : results) {
            hashes.putAll(r.hashes());
            unreadable.addAll(r.unreadable());
            notes.addAll(r.notes());
        }
        List<FileEntry> withHashes = new ArrayList<>(listing.entries().size());
        for (FileEntry e : listing.entries()) {
            String h = hashes.get(e.path());
            withHashes.add(h == null ? e : e.withHash(h));
        }
        return new ContainerView(withHashes, listing.mountPoints(), hashes.keySet(), unreadable, notes, tools.algorithm());
    }

    /** The paths split into at most {@code n} shares of about the same bytes (largest file first into the smallest share). */
    static List<List<String>> shares(List<String> paths, Map<String, Long> sizes, int n) {
        int count = Math.max(1, Math.min(n, paths.size()));
        List<List<String>> shares = new ArrayList<>();
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            shares.add(new ArrayList<>());
        }
        List<String> bySize = new ArrayList<>(paths);
        bySize.sort(Comparator.comparingLong((String p) -> sizes.getOrDefault(p, 0L)).reversed());
        for (String p : bySize) {
            int smallest = 0;
            for (int i = 1; i < count; i++) {
                if (bytes[i] < bytes[smallest]) {
                    smallest = i;
                }
            }
            shares.get(smallest).add(p);
            bytes[smallest] += sizes.getOrDefault(p, 0L);
        }
        return shares;
    }

    private record Share(Map<String, String> hashes, Set<String> unreadable, List<String> notes) {}

    /** One hash tool's share, in argv-sized batches. */
    private Share hashShare(String container, List<String> paths, Map<String, Long> sizes, LongConsumer hashedBytes) {
        Map<String, String> hashes = new HashMap<>();
        List<String> notes = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        long batchSize = 0;
        List<String> batch = new ArrayList<>();
        int batchBytes = 0;
        for (int i = 0; i <= paths.size(); i++) {
            boolean last = i == paths.size();
            if (!last) {
                String p = paths.get(i);
                batch.add(p);
                batchBytes += p.getBytes(StandardCharsets.UTF_8).length + 1;
                batchSize += sizes.get(p);
            }
            if (!batch.isEmpty() && (last || batchBytes > ARGV_BYTES || batch.size() >= ARGV_FILES)) {
                cancel.throwIfCancelled();
                // Every path is absolute: none can pass for an option, so no "--" (not every busybox applet takes it).
                List<String> argv = new ArrayList<>(tools.hasher());
                argv.addAll(batch);
                Exec.Result r = exec.run(container, argv);
                Map<String, String> got = HashListing.parse(new String(r.stdout(), StandardCharsets.UTF_8), batch, tools.algorithm());
                hashes.putAll(got);
                if (got.size() < batch.size()) {
                    batch.stream().filter(p -> !got.containsKey(p)).forEach(unreadable::add);
                    String why = firstLine(r.stderr());
                    notes.add(tools.hashToolName() + " could not read " + (batch.size() - got.size()) + " file(s) inside the container"
                            + (why.isEmpty() ? " (exit " + r.exitCode() + ")" : ": " + why));
                }
                hashedBytes.accept(batchSize);
                batch.clear();
                batchBytes = 0;
                batchSize = 0;
            }
        }
        return new Share(hashes, unreadable, notes);
    }

    private Set<String> changedPaths(String container) {
        Set<String> changed = new HashSet<>();
        JsonNode changes = api.get("/containers/" + EngineApi.seg(container) + "/changes");
        for (JsonNode c : changes) {
            if (c.path("Kind").asInt() != 2) {
                changed.add(Paths.normalize(c.path("Path").asText()));
            }
        }
        return changed;
    }

    private ImageEngineException noTools(String container, String what, Exec.Result r) {
        String why = firstLine(r.stderr().isBlank() ? new String(r.stdout(), StandardCharsets.UTF_8) : r.stderr());
        return new ImageEngineException(Kind.ENGINE_ERROR, "Cannot read the files of container " + container
                + " from inside it (" + what + " exit " + r.exitCode() + (why.isBlank() ? "" : ": " + why)
                + ") with " + (tools.lister().isEmpty() ? "its" : "busybox") + " find, stat and cat.");
    }

    static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
