package com.shopmate.kit.consuming;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.EnumMap;
import java.util.Map;

/**
 * The metrics every consumer has, per event type: how long a record took and how its handling ended
 * ({@value #CONSUMED}, tags {@code type} and {@code outcome}), and how often a handling was retried
 * ({@value #RETRIES}, tag {@code type}). A service counts only its domain (intents, polarities) on top.
 */
final class ConsumerMetrics {

    static final String CONSUMED = "shopmate.events.consumed";
    static final String RETRIES = "shopmate.events.retries";

    private final MeterRegistry registry;
    // One timer per outcome, registered once: finding it in the registry on every record costs a lookup and tags.
    private final Map<Outcome, Timer> consumed = new EnumMap<>(Outcome.class);
    private final Counter retries;

    ConsumerMetrics(MeterRegistry registry, String eventType) {
        this.registry = registry;
        for (Outcome outcome : Outcome.values()) {
            consumed.put(outcome, registry.timer(CONSUMED, "type", eventType, "outcome", outcome.tag));
        }
        this.retries = registry.counter(RETRIES, "type", eventType);
    }

    Timer.Sample start() {
        return Timer.start(registry);
    }

    void finished(Timer.Sample timing, Outcome outcome) {
        timing.stop(consumed.get(outcome));
    }

    void retried() {
        retries.increment();
    }
}
