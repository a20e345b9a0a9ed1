package com.shopmate.dialogue.analysis;

import com.shopmate.dialogue.turn.TurnHandler;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.SentimentScored;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Duration;
import java.time.Instant;

/**
 * Joins the two analyses of each utterance. The intent drives the turn: it waits a short, configured time for the
 * sentiment, then the reply is composed with or without it, so a slow or stopped sentiment-service delays replies
 * but never silences the bot. The wait counts from when the intent was classified, so an intent that queued behind
 * others (or is retried) does not wait again. Decoding, retries, dead letters and the log context are the service
 * kit's ({@link EventConsumer}). See docs/adr/0002-join-intent-and-sentiment-in-dialogue.md.
 */
@ApplicationScoped
public class AnalysisConsumer {

    private final EventConsumer<IntentClassified> intents;
    private final EventConsumer<SentimentScored> sentiments;
    private final AnalysisJoin join;
    private final SentimentArrivals arrivals;
    private final TurnHandler turns;
    private final Duration sentimentWait;

    public AnalysisConsumer(EventConsumers consumers, AnalysisJoin join, SentimentArrivals arrivals,
                            TurnHandler turns,
                            @ConfigProperty(name = "shopmate.dialogue.sentiment-wait") Duration sentimentWait) {
        this.intents = consumers.of(IntentClassified.class);
        this.sentiments = consumers.of(SentimentScored.class);
        this.join = join;
        this.arrivals = arrivals;
        this.turns = turns;
        this.sentimentWait = sentimentWait;
    }

    @Incoming("intents")
    public Uni<Void> onIntent(String json) {
        return intents.consume(json, this::answer);
    }

    @Incoming("sentiments")
    public Uni<Void> onSentiment(String json) {
        return sentiments.consume(json, sentiment -> join.putSentiment(sentiment)
                .invoke(() -> arrivals.arrived(sentiment.payload().utteranceId())));
    }

    private Uni<Void> answer(EventEnvelope<IntentClassified> intent) {
        String utteranceId = intent.payload().utteranceId();
        Duration waited = Duration.between(intent.occurredAt(), Instant.now());
        Uni<Void> arrival = waited.compareTo(sentimentWait) >= 0 ? Uni.createFrom().voidItem()
                : arrivals.expect(utteranceId, sentimentWait.minus(waited));
        return join.sentimentOf(utteranceId)
                .chain(sentiment -> {
                    if (sentiment != null) {
                        arrivals.forget(utteranceId);
                        return Uni.createFrom().item(sentiment);
                    }
                    return arrival.chain(() -> join.sentimentOf(utteranceId));
                })
                .chain(sentiment -> turns.answer(intent, sentiment));
    }
}
