package com.shopmate.bench.stats;

import org.HdrHistogram.Histogram;

import java.util.Map;

/**
 * The figures of one measurement. Latencies are in milliseconds and {@link Double#NaN} when nothing was received.
 *
 * @param errors     failed plus never answered; {@code errorKinds} breaks them down (HTTP status, timeout, …)
 * @param throughput received messages per second, over the time from the first measured send to the last answer
 */
public record LatencySummary(
        long sent,
        long received,
        long errors,
        Map<String, Long> errorKinds,
        double throughput,
        double p50Ms,
        double p90Ms,
        double p95Ms,
        double p99Ms,
        double p999Ms,
        double maxMs) {

    private static final double MICROS_PER_MILLI = 1_000.0;
    private static final double NANOS_PER_SECOND = 1e9;

    public LatencySummary {
        errorKinds = Map.copyOf(errorKinds);
    }

    /** @param micros latencies in microseconds; {@code windowNanos} is the span throughput is computed over */
    public static LatencySummary of(long sent, long received, Map<String, Long> errorKinds, Histogram micros,
                                    long windowNanos) {
        long errors = errorKinds.values().stream().mapToLong(Long::longValue).sum();
        double throughput = windowNanos > 0 ? received * NANOS_PER_SECOND / windowNanos : 0;
        if (micros.getTotalCount() == 0) {
            return new LatencySummary(sent, received, errors, errorKinds, throughput,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new LatencySummary(sent, received, errors, errorKinds, throughput,
                millis(micros.getValueAtPercentile(50)), millis(micros.getValueAtPercentile(90)),
                millis(micros.getValueAtPercentile(95)), millis(micros.getValueAtPercentile(99)),
                millis(micros.getValueAtPercentile(99.9)), millis(micros.getMaxValue()));
    }

    /** How many times slower {@code numerator} is; NaN when the denominator is missing or zero. */
    public static double ratio(double numerator, double denominator) {
        if (Double.isNaN(numerator) || Double.isNaN(denominator) || denominator <= 0) {
            return Double.NaN;
        }
        return numerator / denominator;
    }

    private static double millis(long micros) {
        return micros / MICROS_PER_MILLI;
    }
}
