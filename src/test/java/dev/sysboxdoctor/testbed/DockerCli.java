package dev.sysboxdoctor.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/** The real docker CLI of this machine, by absolute path (it speaks {@code docker system dial-stdio}). */
public final class DockerCli {
    private DockerCli() {}

    /** The first executable {@code docker} on PATH, else /usr/local/bin/docker or /usr/bin/docker. */
    public static Path path() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "docker");
            if (Files.isExecutable(p) && !Files.isDirectory(p)) {
                return p.toAbsolutePath();
            }
        }
        for (String p : List.of("/usr/local/bin/docker", "/usr/bin/docker")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        throw new AssertionError("no docker CLI on PATH, /usr/local/bin or /usr/bin");
    }

    /** Puts {@code bin/docker} into a fixture root: the real CLI aimed at the test bed, as a distro's own docker. */
    public static void installInto(Path fixtureRoot) {
        try {
            Path bin = Files.createDirectories(fixtureRoot.resolve("bin"));
            Path wrapper = bin.resolve("docker");
            Files.writeString(wrapper, "#!/bin/sh\nexec '" + path() + "' -H '" + TestBed.dockerHost() + "' \"$@\"\n");
            Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
