package com.shopmate.gateway.replies;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.shopmate.events.ReplyComposed;

import java.util.List;

/**
 * What an app or web client receives for one of its messages, over REST or the WebSocket. {@code visitorToken}: only
 * in the answer to the first message of an anonymous conversation (see ConversationAccess).
 */
public record DeliveredReply(String messageId, List<ReplyComposed.Reply> replies,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String visitorToken) {

    public static DeliveredReply of(ReplyComposed reply) {
        return new DeliveredReply(reply.messageId(), reply.replies(), null);
    }

    public DeliveredReply withVisitorToken(String token) {
        return new DeliveredReply(messageId, replies, token);
    }
}
