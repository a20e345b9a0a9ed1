package com.shopmate.bench.load;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OpenLoopDriverTest {

    /** A clock that only moves when the driver sleeps or a send takes time. */
    private static final class FakeClock implements OpenLoopDriver.Clock {
        long now = 1_000_000_000L;

        @Override
        public long nanoTime() {
            return now;
        }

        @Override
        public void sleepUntil(long deadlineNanos) {
            now = Math.max(now, deadlineNanos);
        }
    }

    private record Send(long index, long intendedNanos, long actualNanos) {
    }

    @Test
    void sendsEveryMessageAtItsScheduledTime() throws InterruptedException {
        var clock = new FakeClock();
        long start = clock.now;
        var sends = new ArrayList<Send>();

        new OpenLoopDriver(clock).run(new OpenLoopSchedule(100, 1, 2),
                (index, intended) -> sends.add(new Send(index, intended, clock.now)));

        assertEquals(300, sends.size());
        for (int i = 0; i < sends.size(); i++) {
            assertEquals(i, sends.get(i).index());
            assertEquals(start + i * 10_000_000L, sends.get(i).intendedNanos());
            assertEquals(sends.get(i).intendedNanos(), sends.get(i).actualNanos());
        }
    }

    @Test
    void aSlowSendDoesNotPushTheNextOnesLater() throws InterruptedException {
        var clock = new FakeClock();
        long start = clock.now;
        List<Send> sends = new ArrayList<>();

        // Message 2 takes 35 ms to hand over, at 10 ms intervals: 3, 4 and 5 are then late and go out at once.
        new OpenLoopDriver(clock).run(new OpenLoopSchedule(100, 0, 1), (index, intended) -> {
            sends.add(new Send(index, intended, clock.now));
            if (index == 2) {
                clock.now += 35_000_000L;
            }
        });

        assertEquals(100, sends.size());
        assertEquals(start + 30_000_000L, sends.get(3).intendedNanos(), "keeps its own time, not the delay");
        assertEquals(start + 55_000_000L, sends.get(3).actualNanos());
        assertEquals(start + 55_000_000L, sends.get(5).actualNanos());
        assertEquals(start + 60_000_000L, sends.get(6).actualNanos(), "back on the timetable");
        assertEquals(start + 990_000_000L, sends.get(99).intendedNanos());
    }
}
