package dev.sysboxdoctor.host;

import java.io.File;
import java.nio.file.Path;

/**
 * A {@code unix://} engine URI for a socket path. docker-java opens {@code URI.getPath()}; on
 * Windows that cannot hold a drive letter ({@code /C:/...} is no Windows path), so the path is
 * written from the drive's root ({@code unix:///Users/.../d.sock}), which Windows resolves on the
 * current drive, where %TEMP% normally is.
 */
public final class UnixUri {
    private UnixUri() {}

    public static String of(Path socket) {
        return of(socket.toAbsolutePath().toString(), File.separatorChar == '\\');
    }

    static String of(String absolutePath, boolean windows) {
        if (!windows) {
            return "unix://" + absolutePath;
        }
        String p = absolutePath.replace('\\', '/');
        if (p.length() >= 2 && p.charAt(1) == ':') {
            p = p.substring(2);
        }
        return "unix://" + (p.startsWith("/") ? p : "/" + p);
    }
}
