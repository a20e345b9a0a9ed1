package com.shopmate.local;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RestartBackoffTest {

    private static final Duration BRIEFLY = Duration.ofSeconds(2);

    @Test
    void aComponentThatKeepsDying_waitsTwiceAsLongEachTime_upToTheCap() {
        RestartBackoff backoff = RestartBackoff.defaults();
        List<Long> seconds = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            seconds.add(backoff.afterExit(BRIEFLY).toSeconds());
        }

        assertEquals(List.of(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L), seconds);
    }

    @Test
    void aComponentThatStayedUpAWhile_isRestartedAfterTheFirstPauseAgain() {
        RestartBackoff backoff = RestartBackoff.defaults();
        backoff.afterExit(BRIEFLY);
        backoff.afterExit(BRIEFLY);
        assertEquals(Duration.ofSeconds(4), backoff.afterExit(BRIEFLY));

        assertEquals(Duration.ofSeconds(1), backoff.afterExit(RestartBackoff.STABLE_AFTER));
        assertEquals(Duration.ofSeconds(2), backoff.afterExit(BRIEFLY));
    }

    @Test
    void aComponentThatNeverGotReady_countsAsOneThatDidNotLast() {
        RestartBackoff backoff = new RestartBackoff(Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofSeconds(1));

        assertEquals(List.of(100L, 200L, 250L, 250L), List.of(backoff.afterExit(Duration.ZERO).toMillis(),
                backoff.afterExit(Duration.ZERO).toMillis(), backoff.afterExit(Duration.ZERO).toMillis(),
                backoff.afterExit(Duration.ZERO).toMillis()));
    }

    @Test
    void aCapBelowTheFirstPause_isRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RestartBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(60)));
    }
}
