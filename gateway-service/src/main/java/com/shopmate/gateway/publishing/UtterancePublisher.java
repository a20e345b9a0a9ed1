package com.shopmate.gateway.publishing;

import com.shopmate.errors.ApiException;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.kit.privacy.PersonalData;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Turns a channel's inbound message into exactly one {@link UtteranceReceived} on Kafka, keyed by conversation.
 * The caller hears success only once the broker has the record, so an accepted message is never lost.
 */
@ApplicationScoped
public class UtterancePublisher {

    private static final Logger LOG = Logger.getLogger(UtterancePublisher.class);

    private final MutinyEmitter<String> utterances;
    private final MessageDedupe dedupe;
    private final String shopId;

    public UtterancePublisher(@Channel("utterances") MutinyEmitter<String> utterances, MessageDedupe dedupe,
                              @ConfigProperty(name = "shopmate.shop-id") String shopId) {
        this.utterances = utterances;
        this.dedupe = dedupe;
        this.shopId = shopId;
    }

    /**
     * Emits true when this call published the message, false when it is a re-send of one already published; fails
     * with 409 while another request is still publishing the same messageId.
     */
    public Uni<Boolean> publishOnce(InboundMessage message) {
        return dedupe.claim(message.conversationId(), message.messageId()).chain(claim -> switch (claim) {
            case FIRST -> publish(message)
                    .call(() -> dedupe.markPublished(message.conversationId(), message.messageId()))
                    .replaceWith(true);
            case PUBLISHED -> Uni.createFrom().item(false);
            case IN_FLIGHT -> Uni.createFrom().failure(new ApiException(409, "message_in_flight",
                    "message " + message.messageId() + " is being queued by another request; retry shortly"));
        });
    }

    private Uni<Void> publish(InboundMessage message) {
        var said = new UtteranceReceived(message.messageId(), message.text(), message.locale(), message.replyAddress());
        // The id follows from the conversation and messageId, never drawn at random: a message published again
        // (the gateway died, or Redis failed, before its dedupe mark was written, and the client re-sent it) is the
        // very same event, which every consumer after this one drops as a redelivery.
        var event = new EventEnvelope<>(
                EventEnvelope.derivedEventId(message.conversationId() + "/" + message.messageId(), said.eventType()),
                said.eventType(), said.schemaVersion(), message.conversationId(), shopId, message.channel(),
                Instant.now(), message.traceparent(), said, message.identity());
        return utterances.sendMessage(KafkaRecord.of(message.conversationId(), EventCodec.encode(event)))
                .onFailure().call(() -> dedupe.release(message.conversationId(), message.messageId()))
                .onFailure().transform(e -> {
                    LOG.warnf(e, "utterance %s of conversation %s not published", message.messageId(),
                            PersonalData.conversationForLogs(message.conversationId()));
                    return new ApiException(503, "unavailable", "the message could not be queued; retry with the"
                            + " same messageId");
                });
    }
}
