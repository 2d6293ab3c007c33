package dev.sysboxdoctor.image.verify;

import dev.sysboxdoctor.host.CancelToken;
import dev.sysboxdoctor.image.Difference;
import dev.sysboxdoctor.image.Difference.Aspect;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Reads a filesystem tar (an export of a created, never started container of the image: the
 * merged view of all its layers, whiteouts already applied) in one pass: no file is unpacked and
 * at most one buffer plus one ELF prefix is held. Contents are hashed only where asked; every
 * regular file goes through {@link ElfCheck}.
 */
public final class ImageTarReader {
    private static final int BUFFER = 256 * 1024;
    private final Scope scope;
    private final HashRule hashThis;
    private final CancelToken cancel;
    private final LongConsumer bytesRead;
    private final HashAlgorithm algorithm;
    private final boolean checkElf;

    public ImageTarReader(Scope scope, HashRule hashThis, HashAlgorithm algorithm, CancelToken cancel, LongConsumer bytesRead) {
        this(scope, hashThis, algorithm, cancel, bytesRead, true);
    }

    private ImageTarReader(Scope scope, HashRule hashThis, HashAlgorithm algorithm, CancelToken cancel, LongConsumer bytesRead,
                           boolean checkElf) {
        this.scope = scope;
        this.hashThis = hashThis;
        this.algorithm = algorithm;
        this.cancel = cancel;
        this.bytesRead = bytesRead;
        this.checkElf = checkElf;
    }

    /** The same reader without the ELF check: for a container's own files, which are the reference, not the suspect. */
    public ImageTarReader withoutElfCheck() {
        return new ImageTarReader(scope, hashThis, algorithm, cancel, bytesRead, false);
    }

    public HashAlgorithm algorithm() {
        return algorithm;
    }

    /** Which regular files get their content hashed. */
    @FunctionalInterface
    public interface HashRule {
        boolean test(String path, int permission);
    }

    public ImageView read(InputStream tar) throws IOException {
        Map<String, FileEntry> entries = new LinkedHashMap<>();
        Map<String, String> group = new HashMap<>();
        List<Difference> problems = new ArrayList<>();
        byte[] buf = new byte[BUFFER];
        long total = 0;
        long elf = 0;
        long lastReport = 0;
        EndMarkedTarInput in = new EndMarkedTarInput(tar);
        TarArchiveEntry t;
        while ((t = in.getNextEntry()) != null) {
            cancel.throwIfCancelled();
            String path = Paths.normalize(t.getName());
            if (!scope.includes(path)) {
                continue;
            }
            int perm = t.getMode() & 07777;
            long uid = t.getLongUserId();
            long gid = t.getLongGroupId();
            if (t.isLink()) {
                String target = Paths.normalize(t.getLinkName());
                FileEntry of = entries.get(target);
                String root = group.getOrDefault(target, target);
                group.put(path, root);
                group.putIfAbsent(target, root);
                entries.put(path, of == null
                        ? new FileEntry(path, FileType.FILE, perm, uid, gid, 0, null, -1, null)
                        : new FileEntry(path, of.type(), of.permission(), of.uid(), of.gid(), of.size(), null, -1, of.hash()));
                continue;
            }
            FileType type = typeOf(t);
            if (type != FileType.FILE) {
                entries.put(path, new FileEntry(path, type, perm, uid, gid, 0,
                        type == FileType.SYMLINK ? t.getLinkName() : null, -1, null));
                continue;
            }
            long size = t.getSize();
            boolean hash = hashThis.test(path, perm);
            ElfCheck check = checkElf ? new ElfCheck(size, (perm & 0111) != 0) : null;
            HashAlgorithm.Hasher hasher = hash ? algorithm.newHasher() : null;
            int n;
            while ((n = in.read(buf)) > 0) {
                if (check != null) {
                    check.update(buf, 0, n);
                }
                if (hasher != null) {
                    hasher.update(buf, 0, n);
                }
                total += n;
                if (total - lastReport > 8 * 1024 * 1024) {
                    lastReport = total;
                    bytesRead.accept(total);
                    cancel.throwIfCancelled();
                }
            }
            String problem = check == null ? null : check.finish();
            if (check != null && check.isElf()) {
                elf++;
            }
            if (problem != null) {
                problems.add(new Difference(path, Aspect.ELF, "a whole executable", problem));
            }
            entries.put(path, new FileEntry(path, FileType.FILE, perm, uid, gid, size, null, -1,
                    hasher != null ? hasher.finish() : null));
        }
        bytesRead.accept(total);
        return new ImageView(entries, group, problems, total, elf, in.sawEndMarker());
    }

    static FileType typeOf(TarArchiveEntry t) {
        if (t.isDirectory()) {
            return FileType.DIRECTORY;
        }
        if (t.isSymbolicLink()) {
            return FileType.SYMLINK;
        }
        if (t.isCharacterDevice()) {
            return FileType.CHAR_DEVICE;
        }
        if (t.isBlockDevice()) {
            return FileType.BLOCK_DEVICE;
        }
        if (t.isFIFO()) {
            return FileType.FIFO;
        }
        return FileType.FILE;
    }
}
