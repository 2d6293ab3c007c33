package dev.sysboxdoctor.cli;

import dev.sysboxdoctor.app.AppVersion;
import dev.sysboxdoctor.app.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code sysbox-doctor} command. With no arguments the launcher opens the GUI instead. */
@Command(name = "sysbox-doctor",
        mixinStandardHelpOptions = true,
        versionProvider = SysboxDoctorCli.Version.class,
        description = "Finds out whether committing Sysbox containers on this machine produces broken images, fixes the cause, and saves containers as verified images.",
        subcommands = {DiagnoseCommand.class, ImageCommand.class, FixCommand.class})
public final class SysboxDoctorCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the CLI and returns the process exit code (DESIGN.md: 0 ok, 1 problem found, 2 usage, 3 could not run). */
    public static int run(Services services, String... args) {
        CommandLine cli = new CommandLine(new SysboxDoctorCli(), new CommandFactory(services));
        cli.setExecutionExceptionHandler(new UserFacingErrors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: diagnose, image or fix.");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"sysbox-doctor " + AppVersion.get()};
        }
    }
}
