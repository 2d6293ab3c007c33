package dev.sysboxdoctor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "image", mixinStandardHelpOptions = true,
        description = "Saves a container as an image that is verified before your tag points at it.",
        subcommands = {ImageCommand.Save.class, ImageCommand.Commit.class, ImageCommand.ExportImport.class,
                ImageCommand.Snapshot.class, ImageCommand.Verify.class})
final class ImageCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: save, commit, export-import, snapshot or verify.");
    }

    abstract static class SaveOptions implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CONTAINER") String container;
        @Option(names = "--tag", required = true, paramLabel = "REPO:TAG") String tag;
        @Option(names = "--json") boolean json;
        @Option(names = "--docker-host", paramLabel = "URI") String dockerHost;

        @Override
        public Integer call() {
            return NotYetAvailable.say(spec);
        }
    }

    @Command(name = "save", mixinStandardHelpOptions = true, description = "Save with the safest method for this machine, verified.")
    static final class Save extends SaveOptions {}

    @Command(name = "commit", mixinStandardHelpOptions = true, description = "docker commit, verified.")
    static final class Commit extends SaveOptions {}

    @Command(name = "export-import", mixinStandardHelpOptions = true, description = "Export the running container and import it with its metadata, verified.")
    static final class ExportImport extends SaveOptions {}

    @Command(name = "snapshot", mixinStandardHelpOptions = true, description = "Snapshot the filesystem from inside the container, verified.")
    static final class Snapshot extends SaveOptions {}

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Check an image against a container.")
    static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "IMAGE") String image;
        @Option(names = "--against", paramLabel = "CONTAINER") String against;
        @Option(names = "--json") boolean json;
        @Option(names = "--docker-host", paramLabel = "URI") String dockerHost;

        @Override
        public Integer call() {
            return NotYetAvailable.say(spec);
        }
    }
}
