package com.shopmate.gateway.publishing;

import com.shopmate.events.Channel;
import com.shopmate.events.ShopperIdentity;

/** A shopper's message as a channel adapter hands it over, already validated; {@code identity} null: anonymous. */
public record InboundMessage(
        String conversationId,
        String messageId,
        String text,
        String locale,
        Channel channel,
        String replyAddress,
        String traceparent,
        ShopperIdentity identity) {
}
