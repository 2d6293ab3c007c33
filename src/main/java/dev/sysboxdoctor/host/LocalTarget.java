package dev.sysboxdoctor.host;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The machine we run on; with a root dir other than / its files are read under that dir. */
public final class LocalTarget implements LinuxTarget {
    private final CommandRunner runner;
    private final Path root;

    public LocalTarget(CommandRunner runner, Path root) {
        this.runner = Objects.requireNonNull(runner);
        this.root = root == null ? Path.of("/") : root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The prefix scripts put before absolute paths: empty for /. */
    public String prefix() {
        String r = root.toString();
        return "/".equals(r) ? "" : r;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public boolean isWsl() {
        return false;
    }

    @Override
    public CommandResult run(List<String> argv, byte[] stdin, Duration timeout) throws IOException, InterruptedException {
        return runner.run(Command.of(argv).withEnv(ROOT_ENV, prefix()).withStdin(stdin).withTimeout(timeout));
    }
}
