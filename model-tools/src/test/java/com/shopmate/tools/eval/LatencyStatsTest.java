package com.shopmate.tools.eval;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyStatsTest {

    @Test
    void percentilesAreNearestRank() {
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[99 - i] = (i + 1) * 1_000_000L;   // 1..100 ms, unsorted
        }
        LatencyStats stats = LatencyStats.ofNanos(nanos);

        assertEquals(50.0, stats.percentileMillis(50));
        assertEquals(99.0, stats.percentileMillis(99));
        assertEquals(100.0, stats.maxMillis());
    }
}
