package dev.sysboxdoctor.image;

import dev.sysboxdoctor.host.CancelToken;
import com.github.dockerjava.transport.DockerHttpClient.Request;
import dev.sysboxdoctor.image.ImageEngineException.Kind;
import dev.sysboxdoctor.image.engine.EngineApi;
import dev.sysboxdoctor.image.engine.EngineError;
import dev.sysboxdoctor.image.engine.EngineStream;
import dev.sysboxdoctor.image.verify.ContainerView;
import dev.sysboxdoctor.image.verify.FileEntry;
import dev.sysboxdoctor.image.verify.FileType;
import dev.sysboxdoctor.image.verify.HashAlgorithm;
import dev.sysboxdoctor.image.verify.ImageTarReader;
import dev.sysboxdoctor.image.verify.ImageView;
import dev.sysboxdoctor.image.verify.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A container's files read through the engine: {@code GET /containers/{id}/export} streams the
 * container's root filesystem as Docker mounts it (running or stopped; under Sysbox rootfs cloning
 * the clone's merged view, the real data, where {@code docker commit} reads the upper dir). The tar
 * is read as it comes, each file hashed on the way: nothing is unpacked, no file is held in memory.
 *
 * <p>Not the archive API for the whole tree: Docker (20.10) holds the container's lock until an
 * archive stream is read to the end, which stalls every other call on that container (inspect, the
 * export of the image being built: measured 16x slower), and it binds the volumes into the rootfs
 * meanwhile, so that an export made then carries the volumes' files. The archive API reads single
 * files only (those the container's own tool could not read), and only when there are no volumes.
 */
final class EngineView {
    /** Up to this many files are fetched one by one; more are picked out of one stream of the whole tree. */
    private static final int ONE_BY_ONE = 64;
    private final EngineApi api;
    private final ProgressListener progress;
    private final CancelToken cancel;
    private final boolean hasMounts;

    EngineView(EngineApi api, boolean hasMounts, ProgressListener progress, CancelToken cancel) {
        this.api = api;
        this.hasMounts = hasMounts;
        this.progress = progress;
        this.cancel = cancel;
    }

    /** The engine call that reads the tree, for the report. */
    String endpoint() {
        return "docker export";
    }

    /** The whole tree: metadata of every file in scope, the content digest of those {@code rule} picks. */
    ContainerView read(String id, Scope scope, ImageTarReader.HashRule rule, HashAlgorithm algorithm, long sizeHint) {
        Meter meter = new Meter(progress, Progress.Phase.READING_CONTAINER, sizeHint, "Reading the container's files through the engine");
        ImageView v;
        try (EngineStream s = export(id); AutoCloseable unregister = cancel.closeOnCancel(s)) {
            v = new ImageTarReader(scope, rule, algorithm, cancel, meter::update).withoutElfCheck().read(s.body());
            meter.done(v.bytes());
        } catch (IOException e) {
            cancel.throwIfCancelled();
            throw new ImageEngineException(Kind.ENGINE_ERROR, "Reading the container's files through the engine failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (cancel.isCancelled()) {
                throw new CancellationException("cancelled");
            }
            throw e;
        } catch (Exception closing) {
            throw new IllegalStateException(closing);
        }
        if (!v.ended()) {
            throw new ImageEngineException(Kind.ENGINE_ERROR, "The container's export stopped before the end of its tar: it was cut short.");
        }
        return asContainerView(v, algorithm, false, List.of());
    }

    /**
     * An export's files as the container's view: hashed are the files the reader hashed, or every
     * regular file when {@code wholeStreamDigested} (the stream's own digest covers their contents).
     */
    static ContainerView asContainerView(ImageView v, HashAlgorithm algorithm, boolean wholeStreamDigested, List<String> notes) {
        // Hard links: one number per link group stands in for the inode the tar does not carry.
        Map<String, Long> groupIds = new HashMap<>();
        List<FileEntry> entries = new ArrayList<>(v.entries().size());
        Set<String> hashed = new HashSet<>();
        for (FileEntry e : v.entries().values()) {
            String root = v.linkGroup().getOrDefault(e.path(), e.path());
            long inode = groupIds.computeIfAbsent(root, r -> (long) groupIds.size() + 1);
            entries.add(new FileEntry(e.path(), e.type(), e.permission(), e.uid(), e.gid(), e.size(), e.linkTarget(), inode, e.hash()));
            if (e.hash() != null || (wholeStreamDigested && e.type() == FileType.FILE)) {
                hashed.add(e.path());
            }
        }
        return new ContainerView(entries, List.of(), hashed, Set.of(), notes, algorithm);
    }

    /** Digests of a few regular files (those the container's own tools could not read); a file the engine cannot read is left out. */
    Map<String, String> hash(String id, Collection<String> paths, HashAlgorithm algorithm) {
        if (paths.size() > ONE_BY_ONE || hasMounts) {
            Set<String> wanted = new HashSet<>(paths);
            ContainerView all = read(id, Scope.initLayerOnly(), (p, perm) -> wanted.contains(p), algorithm, -1);
            Map<String, String> out = new HashMap<>();
            all.entries().stream().filter(e -> e.hash() != null && wanted.contains(e.path())).forEach(e -> out.put(e.path(), e.hash()));
            return out;
        }
        Map<String, String> out = new HashMap<>();
        byte[] buf = new byte[64 * 1024];
        for (String p : paths) {
            cancel.throwIfCancelled();
            try (EngineStream s = archive(id, p); AutoCloseable unregister = cancel.closeOnCancel(s)) {
                TarArchiveInputStream tar = new TarArchiveInputStream(s.body(), "UTF-8");
                TarArchiveEntry t = tar.getNextEntry();
                if (t != null && t.isFile() && !t.isLink()) {
                    HashAlgorithm.Hasher h = algorithm.newHasher();
                    int n;
                    while ((n = tar.read(buf)) > 0) {
                        h.update(buf, 0, n);
                    }
                    out.put(p, h.finish());
                }
            } catch (EngineError | IOException unreadable) {
                cancel.throwIfCancelled(); // this file stays "could not check"
            } catch (RuntimeException e) {
                cancel.throwIfCancelled();
                throw e;
            } catch (Exception closing) {
                throw new IllegalStateException(closing);
            }
        }
        return out;
    }

    private EngineStream export(String id) {
        try {
            return api.stream(Request.Method.GET, "/containers/" + EngineApi.seg(id) + "/export", null);
        } catch (EngineError e) {
            if (e.notFound()) {
                throw new ImageEngineException(Kind.CONTAINER_GONE, "The container " + id + " is gone.", e);
            }
            throw e;
        }
    }

    private EngineStream archive(String id, String path) {
        return api.stream(Request.Method.GET, "/containers/" + EngineApi.seg(id) + "/archive?path=" + EngineApi.q(path), null);
    }
}
