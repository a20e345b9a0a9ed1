package com.shopmate.gateway.replies;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.shopmate.events.ReplyComposed;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What an app or web client receives for one of its messages, over REST or the WebSocket. {@code visitorToken}: only
 * in the answer to the first message of an anonymous conversation (see ConversationAccess).
 */
public record DeliveredReply(
        String messageId,
        @Schema(description = "the bot's messages, in order", required = true)
        List<Message> replies,
        @Schema(description = "true on the turn that hands the conversation to a human agent and while a person owns"
                + " it (then replies may be empty: the message waits for the agent); always present", required = true)
        boolean handoff,
        @Schema(description = "who wrote the replies: bot, or agent (a person); always present", required = true)
        String author,
        @Schema(description = "the agent's display name, when author is agent")
        @JsonInclude(JsonInclude.Include.NON_NULL) String agentName,
        @Schema(description = "only in the answer to the first message of an anonymous conversation")
        @JsonInclude(JsonInclude.Include.NON_NULL) String visitorToken) {

    public static DeliveredReply of(ReplyComposed reply) {
        return new DeliveredReply(reply.messageId(), reply.replies().stream().map(Message::of).toList(),
                reply.handoff(), reply.author(), reply.agentName(), null);
    }

    /** An agent's message as the answer to a shopper's waiting request: under that request's messageId. */
    public DeliveredReply answering(String shoppersMessageId) {
        return new DeliveredReply(shoppersMessageId, replies, handoff, author, agentName, visitorToken);
    }

    public DeliveredReply withVisitorToken(String token) {
        return new DeliveredReply(messageId, replies, handoff, author, agentName, token);
    }

    /** One message of the reply; a client without cards shows the text, which says what the card does. */
    @Schema(name = "DeliveredMessage")
    public record Message(
            @Schema(description = "what the bot says", required = true)
            String text,
            @Schema(description = "suggested answers, shown as buttons", required = true)
            List<String> quickReplies,
            @Schema(description = "the order, parcel, return or product the text is about; absent when none")
            @JsonInclude(JsonInclude.Include.NON_NULL) ReplyComposed.Card card) {

        static Message of(ReplyComposed.Reply reply) {
            return new Message(reply.text(), reply.quickReplies(), reply.card());
        }
    }
}
