package dev.sysboxdoctor.remedy;

import dev.sysboxdoctor.host.Command;
import dev.sysboxdoctor.host.CommandResult;
import dev.sysboxdoctor.host.CommandRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real CommandRunner whose program lookup tries some directories before PATH, the way a PATH
 * with a fixture's bin first would (the JVM's own PATH cannot be changed from a test).
 * Every command it was asked to run is recorded.
 */
public final class PathFirstRunner extends CommandRunner {
    private final List<Path> dirs;
    final List<List<String>> ran = new java.util.concurrent.CopyOnWriteArrayList<>();

    public PathFirstRunner(Path... dirs) {
        this.dirs = List.of(dirs);
    }

    @Override
    public CommandResult run(Command original) throws IOException, InterruptedException {
        ran.add(original.argv());
        // Children (sh -s scripts) find the same programs first.
        StringBuilder path = new StringBuilder();
        dirs.forEach(d -> path.append(d).append(java.io.File.pathSeparator));
        Command cmd = original.withEnv("PATH", path + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        String program = cmd.argv().get(0);
        if (!program.contains("/")) {
            for (Path d : dirs) {
                Path p = d.resolve(program);
                if (Files.isExecutable(p)) {
                    List<String> argv = new ArrayList<>(cmd.argv());
                    argv.set(0, p.toString());
                    return super.run(new Command(argv, cmd.env(), cmd.stdin(), cmd.timeout(), cmd.workDir(),
                            cmd.maxOutputBytes()));
                }
            }
        }
        return super.run(cmd);
    }
}
