package com.shopmate.gateway.publishing;

import com.shopmate.events.Channel;

/** A shopper's message as a channel adapter hands it over, already validated. */
public record InboundMessage(
        String conversationId,
        String messageId,
        String text,
        String locale,
        Channel channel,
        String replyAddress,
        String traceparent) {
}
