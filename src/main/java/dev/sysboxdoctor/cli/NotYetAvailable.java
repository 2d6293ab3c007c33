package dev.sysboxdoctor.cli;

import picocli.CommandLine;

/** Exit code and message of a command whose capability has not landed yet. */
final class NotYetAvailable {
    static final int EXIT = 2;

    private NotYetAvailable() {}

    static int say(CommandLine.Model.CommandSpec spec) {
        spec.commandLine().getErr().println("sysbox-doctor " + spec.qualifiedName(" ").replaceFirst("^sysbox-doctor ", "")
                + ": not available in this version yet.");
        return EXIT;
    }
}
