package dev.sysboxdoctor.image.verify;

/**
 * One file as one side sees it.
 *
 * @param path       absolute, normalized ("/usr/bin/env"), never ending in '/'
 * @param permission the low 12 mode bits: rwx for all, setuid, setgid, sticky
 * @param size       bytes for regular files; 0 otherwise
 * @param linkTarget the symlink target; null for other types
 * @param inode      the container's inode number (hard-link groups); -1 on the image side
 * @param hash       hex content digest of a regular file, null when not hashed
 */
public record FileEntry(String path, FileType type, int permission, long uid, long gid, long size,
                        String linkTarget, long inode, String hash) {
    public boolean executable() {
        return type == FileType.FILE && (permission & 0111) != 0;
    }

    public FileEntry withHash(String h) {
        return new FileEntry(path, type, permission, uid, gid, size, linkTarget, inode, h);
    }

    public static String octal(int permission) {
        return String.format("%04o", permission);
    }
}
