package com.shopmate.servers.process;

import com.shopmate.servers.ServerException;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PollTest {

    private static final Duration PAUSE = Duration.ofMillis(20);

    @Test
    void aCheckThatHoldsOnTheThirdTry_returnsAfterTwoPauses() {
        AtomicInteger tries = new AtomicInteger();
        long started = System.nanoTime();

        Poll.until(started + Duration.ofSeconds(10).toNanos(), PAUSE, () -> tries.incrementAndGet() == 3,
                () -> new ServerException("too late"));

        assertEquals(3, tries.get());
        assertTrue(System.nanoTime() - started >= 2 * PAUSE.toNanos(), "paused between tries");
    }

    @Test
    void aCheckThatNeverHolds_pausesBetweenTries_andFailsAtTheDeadline() {
        AtomicInteger tries = new AtomicInteger();
        ServerException tooLate = new ServerException("too late");
        long started = System.nanoTime();
        Duration timeout = Duration.ofMillis(200);

        ServerException thrown = assertThrows(ServerException.class, () -> Poll.until(started + timeout.toNanos(),
                PAUSE, () -> tries.incrementAndGet() < 0, () -> tooLate));

        assertSame(tooLate, thrown);
        assertTrue(System.nanoTime() - started >= timeout.toNanos(), "waited until the deadline");
        // No busy loop: about one try per pause (200 / 20 = 10), not thousands.
        assertTrue(tries.get() >= 2 && tries.get() <= 12, "tries: " + tries.get());
    }

    @Test
    void anInterruptedPause_stopsTheWait_andKeepsTheInterruptFlag() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(ServerException.class, () -> Poll.pause(PAUSE));
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
