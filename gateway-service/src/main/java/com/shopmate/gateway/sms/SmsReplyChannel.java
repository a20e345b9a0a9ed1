package com.shopmate.gateway.sms;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.gateway.rendering.PlainTextReply;
import com.shopmate.gateway.rendering.ReplyOptions;
import com.shopmate.gateway.replies.ReplyChannel;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SMS replies: each reply message rendered as plain text ({@link PlainTextReply}: quick replies as numbered options,
 * no card), cut into segments and sent once each ({@link SmsTurnSender}).
 */
@ApplicationScoped
public class SmsReplyChannel implements ReplyChannel {

    private final SmsTurnSender sender;
    private final ReplyOptions options;

    public SmsReplyChannel(SmsTurnSender sender, ReplyOptions options) {
        this.sender = sender;
        this.options = options;
    }

    @Override
    public boolean delivers(Channel channel) {
        return Channel.SMS.equals(channel);
    }

    @Override
    public Uni<Void> deliver(EventEnvelope<ReplyComposed> reply) {
        ReplyComposed payload = reply.payload();
        var turn = new SmsTurn(reply.conversationId(), PhoneNumbers.phoneOf(reply.conversationId()),
                payload.messageId(), PlainTextReply.texts(payload), payload.handoff(), false, reply.eventId(),
                reply.traceparent());
        // The options are remembered first, so a digit the shopper sends back is understood however fast it comes.
        return options.offered(reply.conversationId(), PlainTextReply.lastOptions(payload))
                .chain(() -> sender.send(turn));
    }
}
