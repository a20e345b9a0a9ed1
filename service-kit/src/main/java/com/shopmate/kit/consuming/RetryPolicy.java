package com.shopmate.kit.consuming;

import io.smallrye.mutiny.Uni;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * How a failed handling is retried: up to {@code retries} more attempts, waiting from {@code firstBackoff}, doubling
 * (with Mutiny's jitter) up to {@code maxBackoff}. A blip of Redis or Kafka heals within these few seconds; a record
 * still failing after them is dead-lettered, so that one bad record does not stop its partition for good.
 */
public record RetryPolicy(int retries, Duration firstBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException(
                    "backoff must grow from 0 or more: first " + firstBackoff + ", max " + maxBackoff);
        }
    }

    public static RetryPolicy of(ConsumerConfig config) {
        return new RetryPolicy(config.retries(), config.firstBackoff(), config.maxBackoff());
    }

    /** The attempts in total, the first one included: what a dead-letter reason reports. */
    public int attempts() {
        return retries + 1;
    }

    /**
     * Resubscribes to {@code attempt} after each failure that {@code retryable} accepts, until it succeeds or the
     * retries are spent; then the last failure is propagated.
     *
     * @param beforeRetry told the retry's number (from 1) and the failure that caused it
     */
    <T> Uni<T> retry(Uni<T> attempt, Predicate<Throwable> retryable, BiConsumer<Integer, Throwable> beforeRetry) {
        if (retries == 0) {
            return attempt;
        }
        AtomicInteger failures = new AtomicInteger();
        return attempt
                .onFailure(retryable).invoke(failure -> {
                    int failed = failures.incrementAndGet();
                    if (failed <= retries) {
                        beforeRetry.accept(failed, failure);
                    }
                })
                .onFailure(retryable).retry().withBackOff(firstBackoff, maxBackoff).atMost(retries);
    }
}
