package dev.sysboxdoctor.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Turns an unexpected exception into one plain line on stderr and exit 3 ("could not run"):
 * users never see a stack trace; the trace goes to the log.
 */
final class UserFacingErrors implements CommandLine.IExecutionExceptionHandler {
    static final int COULD_NOT_RUN = 3;
    private static final Logger LOG = LoggerFactory.getLogger(UserFacingErrors.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        LOG.debug("command failed", ex);
        String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cmd.getErr().println("sysbox-doctor: " + message);
        return COULD_NOT_RUN;
    }
}
