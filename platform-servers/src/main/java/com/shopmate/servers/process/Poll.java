package com.shopmate.servers.process;

import com.shopmate.servers.ServerException;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waiting for a server to come up: try, pause, try again, until it is ready or the deadline has passed. */
public final class Poll {

    private Poll() {
    }

    /**
     * Returns once {@code ready} holds; throws what {@code timedOut} gives once {@code deadlineNanos} (on the
     * {@link System#nanoTime()} clock) has passed. A check that throws stops the wait with its exception.
     */
    public static void until(long deadlineNanos, Duration pause, BooleanSupplier ready,
                      Supplier<? extends RuntimeException> timedOut) {
        while (!ready.getAsBoolean()) {
            if (System.nanoTime() - deadlineNanos > 0) {
                throw timedOut.get();
            }
            pause(pause);
        }
    }

    /** {@link Thread#sleep}, with an interrupt turned into a {@link ServerException} (and the flag kept). */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerException("interrupted");
        }
    }
}
