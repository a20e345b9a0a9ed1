package com.shopmate.local;

import java.time.Duration;

/**
 * How long the stack waits before it restarts a component that died: {@code initial}, doubled after each restart
 * that did not last, up to {@code max}. A component that stayed up for {@code stableAfter} before it died is
 * restarted after {@code initial} again: a crash a day is not a crash loop.
 */
final class RestartBackoff {

    static final Duration INITIAL = Duration.ofSeconds(1);
    static final Duration MAX = Duration.ofSeconds(30);
    static final Duration STABLE_AFTER = Duration.ofSeconds(60);

    private final Duration initial;
    private final Duration max;
    private final Duration stableAfter;
    private int failedRestarts;

    RestartBackoff(Duration initial, Duration max, Duration stableAfter) {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
        }
        this.initial = initial;
        this.max = max;
        this.stableAfter = stableAfter;
    }

    static RestartBackoff defaults() {
        return new RestartBackoff(INITIAL, MAX, STABLE_AFTER);
    }

    /** The pause before restarting a component that ran for {@code upFor} (zero: it never got ready) and died. */
    synchronized Duration afterExit(Duration upFor) {
        if (upFor.compareTo(stableAfter) >= 0) {
            failedRestarts = 0;
        }
        Duration delay = initial;
        for (int i = 0; i < failedRestarts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        failedRestarts++;
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
