package org.destalk.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Captures every log event of every logger at every level (TRACE included) while open, with message,
 * arguments, logger name and any exception text, so that privacy tests can search all of it.
 */
public final class LogCapture implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previous = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    public LogCapture() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.TRACE);
    }

    /** Everything that was logged, as text: formatted messages, raw arguments and exception chains. */
    public List<String> lines() {
        return lines(Level.TRACE);
    }

    /** What was logged at {@code least} or above, as {@link #lines()} tells it. */
    public List<String> lines(Level least) {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            if (!event.getLevel().isGreaterOrEqual(least)) {
                continue;
            }
            lines.add(event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage());
            if (event.getArgumentArray() != null) {
                for (Object argument : event.getArgumentArray()) {
                    lines.add(String.valueOf(argument));
                }
            }
            for (IThrowableProxy error = event.getThrowableProxy(); error != null; error = error.getCause()) {
                lines.add(error.getClassName() + ": " + error.getMessage());
            }
        }
        return lines;
    }

    /** Warnings and errors carrying an exception, and any error: what an operator would take for a crash. */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (ILoggingEvent event : List.copyOf(appender.list)) {
            boolean shown = event.getLevel().isGreaterOrEqual(Level.WARN);
            if (event.getLevel() == Level.ERROR || shown && event.getThrowableProxy() != null) {
                failures.add(event.getLoggerName() + " " + event.getLevel() + " " + event.getFormattedMessage());
            }
        }
        return failures;
    }

    public int count() {
        return appender.list.size();
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        root.setLevel(previous);
    }
}
