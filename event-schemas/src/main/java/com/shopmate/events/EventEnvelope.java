package com.shopmate.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The one envelope every event travels in. The Kafka record key is always {@link #conversationId()}, so the events
 * of one conversation stay in order on one partition. {@link #eventId()} is unique per event and, for an event caused
 * by another, derived from its cause ({@link #followedBy}); which id each consumer dedupes on is in docs/events.md.
 *
 * @param traceparent W3C trace context of the request that caused the event, or null
 * @param identity    who is writing, as the channel verified it; null for an anonymous shopper (and for events
 *                    that are no shopper's, such as model activations)
 */
public record EventEnvelope<P extends EventPayload>(
        String eventId,
        String type,
        int schemaVersion,
        String conversationId,
        String shopId,
        Channel channel,
        Instant occurredAt,
        String traceparent,
        P payload,
        ShopperIdentity identity) {

    public EventEnvelope {
        RequiredFields.require(eventId, "eventId");
        RequiredFields.require(type, "type");
        RequiredFields.require(conversationId, "conversationId");
        RequiredFields.require(shopId, "shopId");
        RequiredFields.require(channel, "channel");
        RequiredFields.require(occurredAt, "occurredAt");
        RequiredFields.require(payload, "payload");
    }

    /** A new event with a fresh id, stamped now, of nobody verified. */
    public static <P extends EventPayload> EventEnvelope<P> of(
            P payload, String conversationId, String shopId, Channel channel, String traceparent) {
        return of(payload, conversationId, shopId, channel, traceparent, null);
    }

    /** A new event with a fresh id, stamped now, of the shopper the channel verified ({@code identity}, or null). */
    public static <P extends EventPayload> EventEnvelope<P> of(
            P payload, String conversationId, String shopId, Channel channel, String traceparent,
            ShopperIdentity identity) {
        return new EventEnvelope<>(UUID.randomUUID().toString(), payload.eventType(), payload.schemaVersion(),
                conversationId, shopId, channel, Instant.now(), traceparent, payload, identity);
    }

    /**
     * The event this one causes: same conversation, shop, channel, trace and identity. Its id is derived from this event's id
     * and the new type, so handling a redelivered event again produces the very same eventId and downstream
     * consumers drop the copy.
     */
    public <Q extends EventPayload> EventEnvelope<Q> followedBy(Q next) {
        return new EventEnvelope<>(derivedEventId(eventId, next.eventType()), next.eventType(), next.schemaVersion(),
                conversationId, shopId, channel, Instant.now(), traceparent, next, identity);
    }

    /**
     * The eventId of the event of {@code type} that the event {@code causeEventId} causes: the name-based (MD5,
     * version 3) UUID of the UTF-8 bytes of {@code causeEventId + "/" + type}, with no namespace, in lower-case
     * 8-4-4-4-12 form. docs/events.md spells it out for producers in other languages.
     */
    public static String derivedEventId(String causeEventId, String type) {
        return UUID.nameUUIDFromBytes((causeEventId + "/" + type).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
