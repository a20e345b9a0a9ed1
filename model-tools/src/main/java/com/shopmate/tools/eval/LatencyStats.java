package com.shopmate.tools.eval;

import java.util.Arrays;

/** Percentiles of measured durations (nearest rank): on a noisy shared machine, p99 says more than a mean. */
public final class LatencyStats {

    private final long[] sortedNanos;

    private LatencyStats(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no measurements");
        }
        this.sortedNanos = nanos.clone();
        Arrays.sort(sortedNanos);
    }

    public static LatencyStats ofNanos(long[] nanos) {
        return new LatencyStats(nanos);
    }

    /** The {@code p}-th percentile ({@code 0 < p <= 100}) in milliseconds. */
    public double percentileMillis(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }

    public double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    public int count() {
        return sortedNanos.length;
    }
}
