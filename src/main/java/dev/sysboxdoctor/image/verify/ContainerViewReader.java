package dev.sysboxdoctor.image.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.ImageEngineException;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.Exec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** Hashes the listing's selected files in argv-sized batches; {@code hashedBytes} reports progress. */
    public ContainerView hash(String container, Listing listing, LongConsumer hashedBytes) {
        Map<String, FileEntry> byPath = new HashMap<>();
        listing.entries().forEach(e -> byPath.put(e.path(), e));
        Map<String, String> hashes = new HashMap<>();
        List<String> notes = new ArrayList<>();
        Set<String> unreadable = new HashSet<>();
        long done = 0;
        List<String> batch = new ArrayList<>();
        int batchBytes = 0;
        List<String> todo = listing.toHash();
        for (int i = 0; i <= todo.size(); i++) {
            boolean last = i == todo.size();
            if (!last) {
                String p = todo.get(i);
                batch.add(p);
                batchBytes += p.getBytes(StandardCharsets.UTF_8).length + 1;
                done += byPath.get(p).size();
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
                hashedBytes.accept(done);
                batch.clear();
                batchBytes = 0;
            }
        }
        List<FileEntry> withHashes = new ArrayList<>(listing.entries().size());
        for (FileEntry e : listing.entries()) {
            String h = hashes.get(e.path());
            withHashes.add(h == null ? e : e.withHash(h));
        }
        return new ContainerView(withHashes, listing.mountPoints(), hashes.keySet(), unreadable, notes, tools.algorithm());
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
