package com.shopmate.gateway.sms;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.gateway.rendering.PlainTextReply;
import com.shopmate.gateway.rendering.ReplyOptions;
import com.shopmate.gateway.replies.ReplyChannel;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SMS replies: each reply message becomes one outbound SMS to the shopper, rendered as plain text
 * ({@link PlainTextReply}: quick replies as numbered options, no card).
 */
@ApplicationScoped
public class SmsReplyChannel implements ReplyChannel {

    private final SmsOutbound outbound;
    private final ReplyOptions options;

    public SmsReplyChannel(SmsOutbound outbound, ReplyOptions options) {
        this.outbound = outbound;
        this.options = options;
    }

    @Override
    public boolean delivers(Channel channel) {
        return Channel.SMS.equals(channel);
    }

    @Override
    public Uni<Void> deliver(EventEnvelope<ReplyComposed> reply) {
        String to = PhoneNumbers.phoneOf(reply.conversationId());
        // One after the other, so the shopper's phone shows them in order; the options are remembered first, so a
        // digit the shopper sends back is understood however fast it comes.
        return options.offered(reply.conversationId(), PlainTextReply.lastOptions(reply.payload()))
                .chain(() -> Multi.createFrom().iterable(PlainTextReply.texts(reply.payload()))
                        .onItem().transformToUniAndConcatenate(text -> outbound.send(to, text).replaceWith(text))
                        .collect().last())
                .replaceWithVoid();
    }
}
