package com.shopmate.bench;

import java.util.List;

/**
 * What one run measures, and how hard: {@code bench} is one of {@link #BENCHES}. The command line that fills it is
 * {@code ./shopmate bench} (the cli module); where the stack is comes separately, as {@link StackTargets}.
 */
public record BenchPlan(String bench, int rate, int durationSeconds, int warmupSeconds, int conversations) {

    public static final String E2E = "e2e";
    public static final String KAFKA_RAW = "kafka-raw";
    public static final String SHOP_QUERY = "shop-query";
    public static final String RECO = "reco";
    public static final List<String> BENCHES = List.of(E2E, KAFKA_RAW, SHOP_QUERY, RECO);
    public static final int DEFAULT_WARMUP_SECONDS = 3;
    public static final int DEFAULT_CONVERSATIONS = 50;

    public BenchPlan {
        if (!BENCHES.contains(bench)) {
            throw new IllegalArgumentException("unknown bench '" + bench + "'");
        }
        atLeast("rate", rate, 1);
        atLeast("duration", durationSeconds, 1);
        atLeast("warmup", warmupSeconds, 0);
        atLeast("conversations", conversations, 1);
    }

    public boolean throughThePlatform() {
        return E2E.equals(bench);
    }

    private static void atLeast(String option, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException("--" + option + " must be at least " + min + ", got " + value);
        }
    }
}
