package dev.sysboxdoctor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "fix", mixinStandardHelpOptions = true,
        description = "Fixes the cause: a newer WSL kernel, or the shiftfs precheck override.",
        subcommands = {FixCommand.Precheck.class, FixCommand.WslKernel.class})
final class FixCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: precheck or wsl-kernel.");
    }

    abstract static class FixOptions implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--dry-run", description = "Show the plan; change nothing.") boolean dryRun;
        @Option(names = "--yes", description = "Consent to the privileged steps.") boolean yes;
        @Option(names = "--revert", description = "Undo what an earlier fix changed.") boolean revert;
        @Option(names = "--root", paramLabel = "DIR") Path root;
        @Option(names = "--wsl-exe", paramLabel = "PATH") Path wslExe;
        @Option(names = "--wslconfig", paramLabel = "PATH") Path wslConfig;

        @Override
        public Integer call() {
            return NotYetAvailable.say(spec);
        }
    }

    @Command(name = "precheck", mixinStandardHelpOptions = true, description = "Add --disable-shiftfs-precheck to sysbox-mgr where shiftfs really works.")
    static final class Precheck extends FixOptions {}

    @Command(name = "wsl-kernel", mixinStandardHelpOptions = true, description = "Upgrade the WSL kernel, or remove a pinned custom kernel.")
    static final class WslKernel extends FixOptions {}
}
