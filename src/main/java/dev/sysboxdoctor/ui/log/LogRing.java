package dev.sysboxdoctor.ui.log;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The last lines logged in this session, for the Log page. One per process (Logback is global). */
public final class LogRing extends AppenderBase<ILoggingEvent> {
    private static final int CAPACITY = 2000;
    private static final LogRing INSTANCE = new LogRing();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final Deque<String> lines = new ArrayDeque<>();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    private LogRing() {}

    public static LogRing get() {
        return INSTANCE;
    }

    @Override
    protected void append(ILoggingEvent e) {
        StringBuilder sb = new StringBuilder()
                .append(TIME.format(Instant.ofEpochMilli(e.getTimeStamp()))).append(' ')
                .append(e.getLevel()).append(' ')
                .append(shortName(e.getLoggerName())).append(" - ").append(e.getFormattedMessage());
        if (e.getThrowableProxy() != null) {
            sb.append('\n').append(ThrowableProxyUtil.asString(e.getThrowableProxy()));
        }
        String line = sb.toString();
        synchronized (lines) {
            lines.addLast(line);
            while (lines.size() > CAPACITY) {
                lines.removeFirst();
            }
        }
        listeners.forEach(l -> l.accept(line));
    }

    public List<String> snapshot() {
        synchronized (lines) {
            return new ArrayList<>(lines);
        }
    }

    /** Called on the logging thread: hop to the UI thread yourself. */
    public Runnable subscribe(Consumer<String> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private static String shortName(String logger) {
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }
}
