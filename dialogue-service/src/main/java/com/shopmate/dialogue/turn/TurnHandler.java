package com.shopmate.dialogue.turn;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.dialogue.context.ConversationContextStore;
import com.shopmate.dialogue.reply.ReplyComposer;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.SentimentScored;
import com.shopmate.kit.consuming.FollowUp;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/** One turn of the conversation: context in, reply composed and sent, context out. */
@ApplicationScoped
public class TurnHandler {

    private static final Logger LOG = Logger.getLogger(TurnHandler.class);

    private final ConversationContextStore contexts;
    private final ReplyComposer composer;
    private final MutinyEmitter<Record<String, String>> replies;
    private final MeterRegistry metrics;
    private final int maxTurns;

    public TurnHandler(ConversationContextStore contexts, ReplyComposer composer,
                       @Channel("replies") MutinyEmitter<Record<String, String>> replies, MeterRegistry metrics,
                       @ConfigProperty(name = "shopmate.dialogue.context-max-turns") int maxTurns) {
        this.contexts = contexts;
        this.composer = composer;
        this.replies = replies;
        this.metrics = metrics;
        this.maxTurns = maxTurns;
    }

    /** @param sentiment the utterance's tone, or null when it did not arrive in time */
    public Uni<Void> answer(EventEnvelope<IntentClassified> intent, SentimentScored sentiment) {
        IntentClassified understood = intent.payload();
        // Both reads at once: they are independent, and each is a Redis round trip on the conversation's turn.
        return Uni.combine().all()
                .unis(contexts.wasAnswered(understood.utteranceId()), contexts.load(intent.conversationId()))
                .asTuple()
                .chain(read -> read.getItem1() ? Uni.createFrom().voidItem()
                        : reply(intent, sentiment, read.getItem2()));
    }

    private Uni<Void> reply(EventEnvelope<IntentClassified> intent, SentimentScored sentiment,
                            ConversationContext context) {
        IntentClassified understood = intent.payload();
        ReplyComposer.Composition composition = composer.compose(understood, sentiment, context);
        ReplyComposed reply = new ReplyComposed(understood.utteranceId(), understood.messageId(),
                composition.language(), composition.replies());
        Instant now = Instant.now();
        ConversationContext next = context.after(
                new ConversationContext.Turn(ConversationContext.SHOPPER, understood.text(), understood.intent(), now),
                composition.replies().stream()
                        .map(r -> new ConversationContext.Turn(ConversationContext.BOT, r.text(), null, now)).toList(),
                composition.language(), maxTurns);
        String tone = sentiment == null ? "missing" : sentiment.polarity();
        return replies.send(FollowUp.record(intent, reply))
                .chain(() -> contexts.saveTurn(intent.conversationId(), next, understood.utteranceId()))
                .invoke(() -> {
                    metrics.counter("shopmate.dialogue.replies", "intent", understood.intent(), "sentiment", tone)
                            .increment();
                    LOG.infof("answered %s: intent %s (%.2f), sentiment %s, in %s", understood.messageId(),
                            understood.intent(), understood.confidence(), tone, composition.language());
                });
    }
}
