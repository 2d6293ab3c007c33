package dev.sysboxdoctor.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over a directory tree: every entry's relative path, kind, mode and content (link
 * targets for symlinks), in sorted order. Runtime records a fixture's fake commands append to
 * (their logs, the running process's /proc entry) can be left out.
 */
public final class TreeHash {
    private TreeHash() {}

    public static String of(Path root, String... excludedPrefixes) {
        try (Stream<Path> s = Files.walk(root)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> all = s.sorted().toList();
            for (Path p : all) {
                String rel = root.relativize(p).toString();
                if (excluded(rel, excludedPrefixes)) {
                    continue;
                }
                md.update(rel.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                if (Files.isSymbolicLink(p)) {
                    md.update(("L" + Files.readSymbolicLink(p)).getBytes(StandardCharsets.UTF_8));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    md.update((byte) 'D');
                } else {
                    md.update(("F" + Files.getPosixFilePermissions(p)).getBytes(StandardCharsets.UTF_8));
                    md.update(Files.readAllBytes(p));
                }
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean excluded(String rel, String[] prefixes) {
        for (String x : prefixes) {
            if (rel.equals(x) || rel.startsWith(x + "/")) {
                return true;
            }
        }
        return false;
    }
}
