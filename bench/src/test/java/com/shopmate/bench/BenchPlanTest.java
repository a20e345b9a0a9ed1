package com.shopmate.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchPlanTest {

    @Test
    void onlyE2eGoesThroughThePlatform() {
        assertTrue(new BenchPlan("e2e", 1, 1, 0, 1).throughThePlatform());
        assertEquals(false, new BenchPlan("kafka-raw", 1, 1, 0, 1).throughThePlatform());
    }

    @Test
    void anUnknownBenchOrAFigureBelowItsMinimum_isRefusedNamingTheOption() {
        assertMessage("unknown bench 'load'", () -> new BenchPlan("load", 1, 1, 0, 1));
        assertMessage("--rate must be at least 1, got 0", () -> new BenchPlan("e2e", 0, 1, 0, 1));
        assertMessage("--duration must be at least 1, got 0", () -> new BenchPlan("e2e", 1, 0, 0, 1));
        assertMessage("--warmup must be at least 0, got -1", () -> new BenchPlan("e2e", 1, 1, -1, 1));
        assertMessage("--conversations must be at least 1, got 0", () -> new BenchPlan("e2e", 1, 1, 0, 0));
    }

    private static void assertMessage(String expected, Runnable plan) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, plan::run).getMessage());
    }
}
