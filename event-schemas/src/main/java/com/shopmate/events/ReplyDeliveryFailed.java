package com.shopmate.events;

/**
 * A reply, or part of it, did not reach the shopper on the envelope's channel, and the gateway has stopped trying:
 * the provider refused it, the retries ran out, the carrier reported it failed, the conversation's send cap was
 * reached or the shopper opted out. Nothing about a reply is dropped without one of these.
 *
 * @param messageId         the messageId the reply answered (the shopper's, or an agent's {@code agent-<uuid>})
 * @param reason            why, an open list: {@code provider_rejected}, {@code retries_exhausted},
 *                          {@code delivery_failed}, {@code undelivered}, {@code cap_reached}, {@code opted_out}
 * @param providerErrorCode the provider's own error code (Twilio's {@code 21610}, {@code 30003}), or null
 * @param providerMessageId the provider's id of the message that failed (Twilio's {@code SM...}), or null when none
 *                          was accepted
 * @param attempts          how many times the gateway tried to hand it to the provider (0: it never tried)
 * @param permanent         true when trying again cannot help; false when the gateway gave up on failures that
 *                          may pass (the reply record is dead-lettered and may be replayed)
 */
public record ReplyDeliveryFailed(
        String messageId,
        String reason,
        String providerErrorCode,
        String providerMessageId,
        int attempts,
        boolean permanent) implements EventPayload {

    public static final String TYPE = "ReplyDeliveryFailed";
    public static final int VERSION = 1;

    public static final String PROVIDER_REJECTED = "provider_rejected";
    public static final String RETRIES_EXHAUSTED = "retries_exhausted";
    public static final String DELIVERY_FAILED = "delivery_failed";
    public static final String UNDELIVERED = "undelivered";
    public static final String CAP_REACHED = "cap_reached";
    public static final String OPTED_OUT = "opted_out";

    public ReplyDeliveryFailed {
        RequiredFields.require(messageId, "messageId");
        RequiredFields.require(reason, "reason");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must be 0 or more, got " + attempts);
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
