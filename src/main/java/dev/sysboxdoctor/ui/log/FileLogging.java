package dev.sysboxdoctor.ui.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The GUI's logs: a rolling file in the log directory (7 days, 10 MB per file) and the in-memory
 * {@link LogRing} for the Log page. The CLI keeps {@code app.StderrLogging}'s stderr-only setup.
 */
public final class FileLogging {
    private static final String FILE_APPENDER = "SD_FILE";
    private static final String RING_APPENDER = "SD_RING";

    private FileLogging() {}

    /** Idempotent: a second call (tests open several windows) moves the file appender to {@code logFile}. */
    public static synchronized void install(Path logFile) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext ctx)) {
            return;
        }
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        Logger ours = ctx.getLogger("dev.sysboxdoctor");
        ours.setLevel(Level.INFO);
        quietConsole(root);
        if (root.getAppender(FILE_APPENDER) != null) {
            root.getAppender(FILE_APPENDER).stop();
            root.detachAppender(FILE_APPENDER);
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(ctx);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(ctx);
        file.setName(FILE_APPENDER);
        file.setFile(logFile.toString());
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(ctx);
        policy.setParent(file);
        policy.setFileNamePattern(logFile.getParent().resolve("sysbox-doctor.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("10MB"));
        policy.setMaxHistory(7);
        policy.setTotalSizeCap(FileSize.valueOf("100MB"));
        policy.start();
        file.setRollingPolicy(policy);
        file.start();
        root.addAppender(file);

        if (root.getAppender(RING_APPENDER) == null) {
            LogRing ring = LogRing.get();
            ring.setContext(ctx);
            ring.setName(RING_APPENDER);
            ring.start();
            root.addAppender(ring);
        }
    }

    /** Our INFO lines go to the file and the Log page; the console keeps only warnings (a terminal shows problems, not progress). */
    private static void quietConsole(Logger root) {
        root.iteratorForAppenders().forEachRemaining(a -> {
            if (a instanceof ConsoleAppender<ILoggingEvent> console
                    && console.getCopyOfAttachedFiltersList().isEmpty()) {
                ThresholdFilter warn = new ThresholdFilter();
                warn.setLevel("WARN");
                warn.start();
                console.addFilter(warn);
            }
        });
    }
}
