package com.shopmate.kit.consuming;

import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The lines logged under a category while open, each with the log context it was logged in and its thread. */
final class CapturedLogs extends Handler implements AutoCloseable {

    record Line(String message, String conversationId, String eventId, String eventType, String thread) {
    }

    private final Logger logger;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private CapturedLogs(String category) {
        this.logger = Logger.getLogger(category);
        logger.setLevel(Level.INFO);
        logger.addHandler(this);
    }

    static CapturedLogs of(String category) {
        return new CapturedLogs(category);
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }

    Line line(String containing) {
        return lines.stream().filter(line -> line.message().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line contains '" + containing + "' among " + lines));
    }

    @Override
    public void publish(LogRecord record) {
        // Read on the logging thread, as a log formatter does: that is where the MDC must be.
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        lines.add(new Line(message, mdc(LogContext.CONVERSATION_ID), mdc(LogContext.EVENT_ID),
                mdc(LogContext.EVENT_TYPE), Thread.currentThread().getName()));
    }

    private static String mdc(String key) {
        return Objects.toString(MDC.get(key), null);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
