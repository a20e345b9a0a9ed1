package com.shopmate.bench.capacity;

/**
 * How the capacity search climbs: from {@code startRate} by {@code stepRate} up to {@code maxRate}, each step
 * measured for {@code stepSeconds} after {@code warmupSeconds}; a rate holds when every message is answered and p99
 * is at most {@code maxP99Ms}; the best is confirmed for {@code holdSeconds}.
 */
public record CapacityPlan(int startRate, int stepRate, int maxRate, int stepSeconds, int holdSeconds,
                           int warmupSeconds, double maxP99Ms, int conversations) {

    public static final int DEFAULT_START = 50;
    public static final int DEFAULT_STEP = 50;
    public static final int DEFAULT_MAX = 2000;
    public static final int DEFAULT_STEP_SECONDS = 20;
    public static final int DEFAULT_HOLD_SECONDS = 60;
    public static final double DEFAULT_MAX_P99_MS = 250;

    public CapacityPlan {
        positive("start", startRate);
        positive("step", stepRate);
        positive("step-seconds", stepSeconds);
        positive("hold", holdSeconds);
        positive("conversations", conversations);
        if (maxRate < startRate) {
            throw new IllegalArgumentException("--max must be at least --start, got " + maxRate);
        }
        if (warmupSeconds < 0 || maxP99Ms <= 0) {
            throw new IllegalArgumentException("--warmup must not be negative and --max-p99-ms must be positive");
        }
    }

    private static void positive(String option, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException("--" + option + " must be positive, got " + value);
        }
    }
}
