package dev.sysboxdoctor.testbed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * Builds a scenario for {@code src/test/testbed/fake-wsl.exe} and the {@code wsl.exe} wrapper that
 * points at it. Answers are given as UTF-8 text with LF; the fake re-encodes them like wsl.exe.
 */
public final class FakeWsl {
    public enum Eol { CRLF, CRCRLF, LF }

    private final Path dir;

    private FakeWsl(Path dir) {
        this.dir = dir;
    }

    /** A new scenario in {@code dir} (created) with its executable wrapper {@code dir/wsl.exe}. */
    public static FakeWsl create(Path dir) {
        try {
            Files.createDirectories(dir.resolve("distros"));
            Path exe = dir.resolve("wsl.exe");
            Files.writeString(exe, "#!/bin/sh\nFAKE_WSL_SCENARIO='" + dir.toAbsolutePath() + "' exec '"
                    + script().toAbsolutePath() + "' \"$@\"\n");
            Files.setPosixFilePermissions(exe, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(dir.resolve("calls.log"), "");
            return new FakeWsl(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fake itself, found from the project base dir (surefire sets {@code project.basedir}). */
    public static Path script() {
        return Path.of(System.getProperty("project.basedir", ".")).resolve("src/test/testbed/fake-wsl.exe");
    }

    public Path exe() {
        return dir.resolve("wsl.exe");
    }

    public Path dir() {
        return dir;
    }

    /** What wsl.exe prints for a call (keys: list-verbose, version, status, update, shutdown, ...). */
    public FakeWsl answer(String key, String text) {
        return write(key + ".out", text);
    }

    public FakeWsl answer(String key, String text, int exitCode) {
        answer(key, text);
        return write(key + ".exit", Integer.toString(exitCode & 0xff));
    }

    /** The wsl.exe output part of a recorded sample: lines after the header comment, up to the next prompt. */
    public FakeWsl answerFromSample(String key, String sampleFile, int exitCode) {
        return answer(key, Samples.body(sampleFile), exitCode);
    }

    /** A sh script the fake runs before answering {@code key} (e.g. {@code shutdown} boots a new kernel). */
    public FakeWsl onCall(String key, String shScript) {
        return write(key + ".run", shScript);
    }

    /**
     * {@code --shutdown} also stops the test bed's Sysbox ({@link TestBed#sysboxStopCommand()}), for a
     * distro whose engine is the local bed. Fixture distros made with
     * {@link FixtureMachine#sysboxOfTestBed()} stop and boot their Sysbox on --shutdown by themselves.
     */
    public FakeWsl shutdownStopsTestBedSysbox() {
        StringBuilder sh = new StringBuilder();
        for (String a : TestBed.sysboxStopCommand()) {
            sh.append(sh.length() == 0 ? "" : " ").append('\'').append(a.replace("'", "'\\''")).append('\'');
        }
        return write("sysbox-stop", sh.append('\n').toString());
    }

    public FakeWsl eol(String key, Eol eol) {
        return write(key + ".eol", eol.name().toLowerCase());
    }

    public FakeWsl latencyMs(int ms) {
        return write("latency-ms", Integer.toString(ms));
    }

    /** Calls that never answer: a key, {@code exec:NAME} for a distro, or {@code *}. */
    public FakeWsl hang(String... keys) {
        return write("hang", String.join("\n", keys) + "\n");
    }

    /** Behave like the old inbox wsl.exe: ignore WSL_UTF8 and always print UTF-16LE (added for issue 3). */
    public FakeWsl ignoreWslUtf8() {
        return write("inbox-wsl", "");
    }

    public FakeWsl defaultDistro(String name) {
        return write("default-distro", name);
    }

    /** A distro whose commands run against a fixture machine root. */
    public FakeWsl distro(String name, Path fixtureRoot) {
        try {
            Path d = Files.createDirectories(dir.resolve("distros").resolve(name));
            Files.deleteIfExists(d.resolve("root"));
            Files.createSymbolicLink(d.resolve("root"), fixtureRoot.toAbsolutePath());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A distro whose commands run on this machine as it is. */
    public FakeWsl localDistro(String name) {
        return write("distros/" + name + "/local", "");
    }

    /** A distro that cannot start: wsl.exe prints {@code text} and exits with {@code exitCode}. */
    public FakeWsl failingDistro(String name, String text, int exitCode) {
        write("distros/" + name + "/fail.out", text);
        return write("distros/" + name + "/fail.exit", Integer.toString(exitCode & 0xff));
    }

    /** The arguments of every launch so far, one entry per launch. */
    public List<String> calls() {
        try {
            return Files.readAllLines(dir.resolve("calls.log"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FakeWsl write(String relative, String content) {
        try {
            Path p = dir.resolve(relative);
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
