package com.shopmate.gateway.sms;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.gateway.replies.ReplyChannel;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** SMS replies: each reply message becomes one outbound SMS to the shopper, quick replies listed as options. */
@ApplicationScoped
public class SmsReplyChannel implements ReplyChannel {

    private final SmsProviderClient provider;
    private final SmsConfig config;

    public SmsReplyChannel(@RestClient SmsProviderClient provider, SmsConfig config) {
        this.provider = provider;
        this.config = config;
    }

    @Override
    public boolean delivers(Channel channel) {
        return Channel.SMS.equals(channel);
    }

    @Override
    public Uni<Void> deliver(EventEnvelope<ReplyComposed> reply) {
        String to = PhoneNumbers.phoneOf(reply.conversationId());
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.provider().accountSid() + ":" + config.provider().authToken()).getBytes(StandardCharsets.UTF_8));
        // One after the other, so the shopper's phone shows them in order.
        return Multi.createFrom().iterable(reply.payload().replies())
                .onItem().transformToUniAndConcatenate(message -> provider.send(config.provider().accountSid(),
                        authorization, to, config.fromNumber(), smsText(message, reply.payload().language())))
                .collect().last().replaceWithVoid();
    }

    static String smsText(ReplyComposed.Reply message, String language) {
        if (message.quickReplies().isEmpty()) {
            return message.text();
        }
        String label = "zh".equals(language) ? "您可以回复：" : "You can reply: ";
        return message.text() + "\n" + label + String.join(" / ", message.quickReplies());
    }
}
