package dev.sysboxdoctor.remedy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The .wslconfig on disk: read, a backup next to it before the first change, atomic replace
 * (temp file in the same directory, then a move), and restore of the exact original bytes.
 * A missing file stays missing unless an edit puts real content in it.
 */
final class WslConfigFile {
    static final String BACKUP_SUFFIX = ".sysbox-doctor.bak";
    /** Left next to a .wslconfig this app created, so a later --revert knows to remove it. */
    static final String CREATED_SUFFIX = ".sysbox-doctor.created";

    private final Path file;
    private final RemedyTexts t;

    WslConfigFile(Path file) {
        this(file, RemedyTexts.ENGLISH);
    }

    WslConfigFile(Path file, RemedyTexts texts) {
        this.file = file;
        this.t = texts;
    }

    Path path() {
        return file;
    }

    Path backupPath() {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    Path createdMarkerPath() {
        return file.resolveSibling(file.getFileName() + CREATED_SUFFIX);
    }

    /** A backup or a created marker is there: an earlier change of ours that --revert can take back. */
    boolean hasBackup() {
        return Files.exists(backupPath()) || Files.exists(createdMarkerPath());
    }

    boolean exists() {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) || Files.exists(file);
    }

    /** The file's bytes, or empty when it does not exist. */
    Optional<byte[]> readBytes() throws StepFailedException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new StepFailedException(t.get("wslconfig.cannotRead", file, reason(e)), e);
        }
    }

    WslConfigText read() throws StepFailedException {
        Optional<byte[]> bytes = readBytes();
        if (bytes.isEmpty()) {
            return WslConfigText.empty();
        }
        try {
            return WslConfigText.decode(bytes.get());
        } catch (IllegalArgumentException e) {
            throw new StepFailedException(t.get("wslconfig.unsafe", file, e.getMessage()));
        }
    }

    /** Fails with a plain reason when the file (or, for a new file, its folder) cannot be written. */
    void checkWritable() throws StepFailedException {
        Path dir = file.toAbsolutePath().getParent();
        if (exists()) {
            if (!Files.isWritable(file) || dosReadOnly() || noWriteBits()) {
                throw new StepFailedException(t.get("wslconfig.readOnly", file));
            }
        }
        if (dir == null || !Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new StepFailedException(t.get("wslconfig.folder", file, dir));
        }
    }

    /** Keeps the first original: an existing backup (from an earlier change) is never overwritten. */
    void backupOnce(Optional<byte[]> original) throws StepFailedException {
        try {
            if (original.isPresent()) {
                if (!Files.exists(backupPath())) {
                    writeAtomically(backupPath(), original.get());
                }
            } else if (!Files.exists(backupPath()) && !Files.exists(createdMarkerPath())) {
                writeAtomically(createdMarkerPath(), new byte[0]);
            }
        } catch (IOException e) {
            throw new StepFailedException(t.get("wslconfig.cannotBackUp", file, reason(e)), e);
        }
    }

    void replace(byte[] content) throws StepFailedException {
        checkWritable();
        try {
            writeAtomically(file, content);
        } catch (IOException e) {
            throw new StepFailedException(t.get("wslconfig.cannotWrite", file, reason(e)), e);
        }
    }

    /** Puts the original back exactly: its bytes, or no file at all when there was none. */
    void restore(Optional<byte[]> original) throws StepFailedException {
        try {
            if (original.isPresent()) {
                writeAtomically(file, original.get());
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StepFailedException(t.get("wslconfig.cannotRestore", file, reason(e)), e);
        }
    }

    /** Removes the backup (or created-marker) after a complete undo. */
    void dropBackup() throws StepFailedException {
        try {
            Files.deleteIfExists(backupPath());
            Files.deleteIfExists(createdMarkerPath());
        } catch (IOException e) {
            throw new StepFailedException(t.get("wslconfig.cannotRemove", backupPath(), reason(e)), e);
        }
    }

    /** Temp file in the same folder (same file system), file mode copied, then an atomic rename. */
    static void writeAtomically(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, content);
            copyMode(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyMode(Path from, Path to) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        if (Files.exists(from)) {
            view.setPermissions(Files.readAttributes(from, PosixFileAttributes.class).permissions());
        } else {
            view.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** No one may write it (r--r--r--): read-only by intent, even for root (and so on drvfs for a read-only Windows file). */
    private boolean noWriteBits() {
        try {
            var perms = Files.getPosixFilePermissions(file);
            return !perms.contains(PosixFilePermission.OWNER_WRITE)
                    && !perms.contains(PosixFilePermission.GROUP_WRITE)
                    && !perms.contains(PosixFilePermission.OTHERS_WRITE);
        } catch (UnsupportedOperationException | IOException notPosix) {
            return false;
        }
    }

    private boolean dosReadOnly() {
        try {
            return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
        } catch (UnsupportedOperationException | IOException notDos) {
            return false;
        }
    }

    private String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return t.get("wslconfig.accessDenied");
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
