package com.shopmate.bench.load;

import java.util.concurrent.locks.LockSupport;

/**
 * Fires the messages of an {@link OpenLoopSchedule} at their times. The sender must not wait for the answer (send
 * asynchronously): the driver never does, and a message that falls behind its time goes out at once, keeping its
 * intended time so that the delay counts in its latency.
 */
public final class OpenLoopDriver {

    /** The time source, replaceable so that tests can check send times without waiting. */
    public interface Clock {
        long nanoTime();

        /** Returns once {@code nanoTime() >= deadlineNanos}; at once if that is already so. */
        void sleepUntil(long deadlineNanos) throws InterruptedException;
    }

    @FunctionalInterface
    public interface Sender {
        /**
         * @param index         position in the schedule (0 = first warm-up message)
         * @param intendedNanos when it was due, on {@link System#nanoTime()}'s scale: latency is measured from here
         */
        void send(long index, long intendedNanos);
    }

    public static final Clock SYSTEM_CLOCK = new Clock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepUntil(long deadlineNanos) throws InterruptedException {
            long remaining;
            while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
                LockSupport.parkNanos(remaining);
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
            }
        }
    };

    private final Clock clock;

    public OpenLoopDriver() {
        this(SYSTEM_CLOCK);
    }

    public OpenLoopDriver(Clock clock) {
        this.clock = clock;
    }

    public void run(OpenLoopSchedule schedule, Sender sender) throws InterruptedException {
        long start = clock.nanoTime();
        for (long i = 0; i < schedule.totalCount(); i++) {
            long intended = start + schedule.sendOffsetNanos(i);
            clock.sleepUntil(intended);
            sender.send(i, intended);
        }
    }
}
