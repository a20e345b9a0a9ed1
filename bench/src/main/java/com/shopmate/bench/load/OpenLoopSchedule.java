package com.shopmate.bench.load;

/**
 * When each message of an open-loop run is due: at a fixed rate by the clock, whatever the replies do. Sending on a
 * timetable rather than after the previous reply keeps one slow reply from delaying, and so hiding, the next ones
 * (coordinated omission).
 *
 * <p>Messages {@code 0 .. warmupCount()-1} warm the path up and are not counted; the next {@code measuredCount()}
 * are measured.
 */
public record OpenLoopSchedule(int ratePerSecond, int warmupSeconds, int measuredSeconds) {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    public OpenLoopSchedule {
        if (ratePerSecond <= 0) {
            throw new IllegalArgumentException("rate must be positive, got " + ratePerSecond);
        }
        if (warmupSeconds < 0) {
            throw new IllegalArgumentException("warm-up must not be negative, got " + warmupSeconds);
        }
        if (measuredSeconds <= 0) {
            throw new IllegalArgumentException("duration must be positive, got " + measuredSeconds);
        }
    }

    public long warmupCount() {
        return (long) ratePerSecond * warmupSeconds;
    }

    public long measuredCount() {
        return (long) ratePerSecond * measuredSeconds;
    }

    public long totalCount() {
        return warmupCount() + measuredCount();
    }

    /** Offset of message {@code index} from the start, computed from the index so rounding never accumulates. */
    public long sendOffsetNanos(long index) {
        return index * NANOS_PER_SECOND / ratePerSecond;
    }

    public boolean isWarmup(long index) {
        return index < warmupCount();
    }
}
