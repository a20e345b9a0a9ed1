package com.shopmate.bench.stats;

import org.HdrHistogram.Histogram;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what was sent, answered and failed in the measured part of a run, and keeps every latency in an
 * HdrHistogram. Thread-safe: sends, answers and failures arrive on different threads.
 */
public final class LatencyRecorder {

    /** Messages sent but neither answered nor failed by the end of the run. */
    public static final String NO_REPLY = "no_reply";

    // Microseconds to 3 significant digits (0.1 % resolution); the histogram grows to whatever latency arrives.
    private final Histogram micros = new Histogram(3);
    private final Map<String, Long> errors = new TreeMap<>();
    private long sent;
    private long received;
    private long failed;
    private long firstSentNanos = Long.MAX_VALUE;
    private long lastDoneNanos = Long.MIN_VALUE;

    public synchronized void sent(long intendedNanos) {
        sent++;
        firstSentNanos = Math.min(firstSentNanos, intendedNanos);
    }

    public synchronized void received(long intendedNanos, long doneNanos) {
        received++;
        micros.recordValue(Math.max(0, (doneNanos - intendedNanos) / 1_000));
        lastDoneNanos = Math.max(lastDoneNanos, doneNanos);
    }

    public synchronized void failed(String kind, long doneNanos) {
        failed++;
        errors.merge(kind, 1L, Long::sum);
        lastDoneNanos = Math.max(lastDoneNanos, doneNanos);
    }

    /** Every message sent so far has been answered or has failed. */
    public synchronized boolean settled() {
        return received + failed >= sent;
    }

    public synchronized LatencySummary summary() {
        Map<String, Long> kinds = new TreeMap<>(errors);
        long unanswered = sent - received - failed;
        if (unanswered > 0) {
            kinds.merge(NO_REPLY, unanswered, Long::sum);
        }
        long window = lastDoneNanos > firstSentNanos ? lastDoneNanos - firstSentNanos : 0;
        return LatencySummary.of(sent, received, kinds, micros, window);
    }
}
