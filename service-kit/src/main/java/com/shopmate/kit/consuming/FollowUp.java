package com.shopmate.kit.consuming;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.EventPayload;
import io.smallrye.reactive.messaging.kafka.Record;

/**
 * The event a handled event causes, as the Kafka record to send: keyed by conversation (ADR 1), with the id derived
 * from its cause's (ADR 3).
 */
public final class FollowUp {

    private FollowUp() {
    }

    /**
     * {@code next} in the envelope {@link EventEnvelope#followedBy} makes of {@code cause}: a redelivered cause yields
     * the very same eventId, which downstream consumers drop.
     */
    public static Record<String, String> record(EventEnvelope<?> cause, EventPayload next) {
        EventEnvelope<?> event = cause.followedBy(next);
        return Record.of(event.conversationId(), EventCodec.encode(event));
    }
}
