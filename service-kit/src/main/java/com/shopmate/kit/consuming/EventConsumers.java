package com.shopmate.kit.consuming;

import com.shopmate.events.EventPayload;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import jakarta.inject.Inject;

/**
 * Makes the {@link EventConsumer} of an event type, all sharing the service's retry settings ({@link ConsumerConfig})
 * and meter registry. A service takes this in its constructor: {@code intents = consumers.of(IntentClassified.class)}.
 */
@Singleton
public class EventConsumers {

    private final RetryPolicy retry;
    private final MeterRegistry meters;

    @Inject
    EventConsumers(ConsumerConfig config, MeterRegistry meters) {
        this(RetryPolicy.of(config), meters);
    }

    /** For tests and tools outside CDI. */
    public EventConsumers(RetryPolicy retry, MeterRegistry meters) {
        this.retry = retry;
        this.meters = meters;
    }

    public <P extends EventPayload> EventConsumer<P> of(Class<P> type) {
        return new EventConsumer<>(type, retry, meters);
    }
}
