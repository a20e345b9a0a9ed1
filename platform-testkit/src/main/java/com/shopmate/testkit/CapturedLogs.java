package com.shopmate.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logging.MDC;
import org.jboss.logmanager.ExtLogRecord;

/**
 * The lines logged under a category (and its children) while open, each with the log context (MDC) it was logged in
 * and its thread: for tests that a line logged late in a reactive chain still names its conversation.
 * <pre>{@code
 * try (CapturedLogs logs = CapturedLogs.of("com.shopmate.dialogue")) {
 *     ...
 *     assertEquals(conversation, logs.line("answered").mdc("conversationId"));
 * }
 * }</pre>
 */
public final class CapturedLogs extends Handler implements AutoCloseable {

    /** One log line: its formatted message, the MDC it was logged with, and the thread that logged it. */
    public record Line(String message, Map<String, String> context, String thread) {

        public String mdc(String key) {
            return context.get(key);
        }
    }

    private final Logger logger;
    private final Level previousLevel;
    private final List<Line> lines = new CopyOnWriteArrayList<>();

    private CapturedLogs(String category, Level level) {
        this.logger = Logger.getLogger(category);
        this.previousLevel = logger.getLevel();
        logger.setLevel(level);
        logger.addHandler(this);
    }

    /** Captures INFO and above under the category until closed. */
    public static CapturedLogs of(String category) {
        return new CapturedLogs(category, Level.INFO);
    }

    /** Captures DEBUG and above: the per-message lines, logged at debug so as not to cost CPU under load. */
    public static CapturedLogs withDebug(String category) {
        return new CapturedLogs(category, Level.FINE);
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The first line containing the text, or an AssertionError listing what was logged. */
    public Line line(String containing) {
        return lines.stream().filter(line -> line.message().contains(containing)).findFirst()
                .orElseThrow(() -> new AssertionError("no line contains '" + containing + "' among " + lines));
    }

    @Override
    public void publish(LogRecord record) {
        // Read on the logging thread, as a log formatter does: that is where the MDC must be.
        String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
        Map<String, String> context = new java.util.HashMap<>();
        MDC.getMap().forEach((key, value) -> context.put(key, Objects.toString(value, null)));
        lines.add(new Line(message, Map.copyOf(context), Thread.currentThread().getName()));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(previousLevel);
    }
}
