package com.shopmate.bench.load;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenLoopScheduleTest {

    @Test
    void messagesAreDueAtFixedIntervalsFromTheStart() {
        var schedule = new OpenLoopSchedule(200, 3, 10);

        assertEquals(0, schedule.sendOffsetNanos(0));
        assertEquals(5_000_000, schedule.sendOffsetNanos(1));
        assertEquals(13_000_000_000L - 5_000_000, schedule.sendOffsetNanos(schedule.totalCount() - 1));
    }

    @Test
    void offsetsComeFromTheIndexSoRoundingNeverAddsUp() {
        var schedule = new OpenLoopSchedule(3, 0, 100);

        assertEquals(333_333_333, schedule.sendOffsetNanos(1));
        assertEquals(666_666_666, schedule.sendOffsetNanos(2));
        assertEquals(1_000_000_000, schedule.sendOffsetNanos(3));
        assertEquals(100_000_000_000L, schedule.sendOffsetNanos(300));
    }

    @Test
    void warmupMessagesComeFirstAndAreNotMeasured() {
        var schedule = new OpenLoopSchedule(200, 3, 10);

        assertEquals(600, schedule.warmupCount());
        assertEquals(2_000, schedule.measuredCount());
        assertEquals(2_600, schedule.totalCount());
        assertTrue(schedule.isWarmup(599));
        assertFalse(schedule.isWarmup(600));
    }

    @Test
    void noWarmupMeasuresFromTheFirstMessage() {
        assertFalse(new OpenLoopSchedule(10, 0, 1).isWarmup(0));
    }

    @Test
    void rateAndDurationMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(0, 3, 10));
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(10, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> new OpenLoopSchedule(10, -1, 10));
    }
}
