package com.shopmate.gateway.replies;

import com.shopmate.events.ReplyComposed;

import java.util.List;

/** What an app or web client receives for one of its messages, over REST or the WebSocket. */
public record DeliveredReply(String messageId, List<ReplyComposed.Reply> replies) {

    public static DeliveredReply of(ReplyComposed reply) {
        return new DeliveredReply(reply.messageId(), reply.replies());
    }
}
