package dev.sysboxdoctor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

class StderrLoggingTest {
    @Test
    void warningsGoToStderrOnlyWithoutAnXmlFile() {
        LoggerContext ctx = new LoggerContext();
        StderrLogging config = new StderrLogging();
        config.setContext(ctx);
        assertEquals(StderrLogging.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY, config.configure(ctx));
        Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        assertEquals(Level.WARN, root.getLevel());
        ConsoleAppender<?> stderr = assertInstanceOf(ConsoleAppender.class, root.getAppender("STDERR"));
        assertEquals("System.err", stderr.getTarget());
        assertEquals(Level.WARN, ctx.getLogger("org.apache.hc").getLevel());
    }

    @Test
    void theRunningApplicationUsesIt() {
        // logback found StderrLogging through META-INF/services (no logback.xml is shipped).
        LoggerContext ctx = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        assertInstanceOf(ConsoleAppender.class, ctx.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR"));
    }
}
