package com.shopmate.gateway.sms;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.gateway.replies.ReplyChannel;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * SMS replies: each reply message becomes one outbound SMS to the shopper, quick replies listed as options. A card is
 * left out: the text already says what it shows.
 */
@ApplicationScoped
public class SmsReplyChannel implements ReplyChannel {

    private final SmsOutbound outbound;

    public SmsReplyChannel(SmsOutbound outbound) {
        this.outbound = outbound;
    }

    @Override
    public boolean delivers(Channel channel) {
        return Channel.SMS.equals(channel);
    }

    @Override
    public Uni<Void> deliver(EventEnvelope<ReplyComposed> reply) {
        String to = PhoneNumbers.phoneOf(reply.conversationId());
        // One after the other, so the shopper's phone shows them in order.
        return Multi.createFrom().iterable(reply.payload().replies())
                .onItem().transformToUniAndConcatenate(message -> outbound.send(to,
                        signed(smsText(message, reply.payload().language()), reply.payload()))
                        .replaceWith(message))
                .collect().last().replaceWithVoid();
    }

    /** An agent's message names its writer, so the shopper knows a person, not the bot, is answering. */
    static String signed(String text, ReplyComposed reply) {
        if (!reply.byAgent()) {
            return text;
        }
        return ("zh".equals(reply.language()) ? "【客服 " + reply.agentName() + "】" : "[Agent " + reply.agentName()
                + "] ") + text;
    }

    static String smsText(ReplyComposed.Reply message, String language) {
        if (message.quickReplies().isEmpty()) {
            return message.text();
        }
        String label = "zh".equals(language) ? "您可以回复：" : "You can reply: ";
        return message.text() + "\n" + label + String.join(" / ", message.quickReplies());
    }
}
