package org.w3id.e2eekg.server;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Counts what the server logs at ERROR (and what it logs with a stack trace) while it is
 * attached to the root logger: a test asserts the log stays quiet, rather than reading it.
 */
final class LogCounter extends AbstractAppender implements AutoCloseable {
    private final List<String> errors = new ArrayList<>();
    private int stackTraces;

    private LogCounter() {
        super("log-counter", null, null, true, Property.EMPTY_ARRAY);
    }

    /** Starts counting. */
    static LogCounter attach() {
        LogCounter counter = new LogCounter();
        counter.start();
        ((Logger) LogManager.getRootLogger()).addAppender(counter);
        return counter;
    }

    @Override
    public synchronized void append(LogEvent event) {
        if (event.getLevel().isMoreSpecificThan(Level.ERROR)) {
            errors.add(event.getLoggerName() + ": " + event.getMessage().getFormattedMessage());
        }
        if (event.getThrown() != null) {
            stackTraces++;
        }
    }

    synchronized List<String> errors() {
        return List.copyOf(errors);
    }

    synchronized int stackTraces() {
        return stackTraces;
    }

    @Override
    public void close() {
        ((Logger) LogManager.getRootLogger()).removeAppender(this);
        stop();
    }
}
