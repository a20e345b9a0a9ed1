package com.shopmate.gateway.publishing;

import com.shopmate.events.Channel;
import com.shopmate.events.ShopperIdentity;
import com.shopmate.events.TraceParent;

/**
 * A shopper's message as a channel adapter hands it over, already validated; {@code identity} null: anonymous.
 * {@code traceparent} is the caller's header if it is a valid one, else null (a new trace).
 */
public record InboundMessage(
        String conversationId,
        String messageId,
        String text,
        String locale,
        Channel channel,
        String replyAddress,
        String traceparent,
        ShopperIdentity identity) {

    public InboundMessage {
        traceparent = TraceParent.validOrNull(traceparent);
    }
}
