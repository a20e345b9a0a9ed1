package com.shopmate.dialogue.analysis;

import com.shopmate.dialogue.turn.TurnHandler;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.SentimentScored;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

import java.time.Duration;
import java.time.Instant;

/**
 * Joins the two analyses of each utterance. The intent drives the turn: it waits a short, configured time for the
 * sentiment, then the reply is composed with or without it, so a slow or stopped sentiment-service delays replies
 * but never silences the bot. The wait counts from when the intent was classified, so an intent that queued behind
 * others does not wait again. A failed turn (Redis or Kafka blip) is retried with backoff before it is
 * dead-lettered. See docs/adr/0002-join-intent-and-sentiment-in-dialogue.md.
 */
@ApplicationScoped
public class AnalysisConsumer {

    private final AnalysisJoin join;
    private final SentimentArrivals arrivals;
    private final TurnHandler turns;
    private final Duration sentimentWait;
    private final int retries;
    private final Duration firstBackoff;

    public AnalysisConsumer(AnalysisJoin join, SentimentArrivals arrivals, TurnHandler turns,
                            @ConfigProperty(name = "shopmate.dialogue.sentiment-wait") Duration sentimentWait,
                            @ConfigProperty(name = "shopmate.dialogue.turn-retries") int retries,
                            @ConfigProperty(name = "shopmate.dialogue.turn-backoff") Duration firstBackoff) {
        this.join = join;
        this.arrivals = arrivals;
        this.turns = turns;
        this.sentimentWait = sentimentWait;
        this.retries = retries;
        this.firstBackoff = firstBackoff;
    }

    @Incoming("intents")
    public Uni<Void> onIntent(String json) {
        EventEnvelope<IntentClassified> intent = EventCodec.decode(json, IntentClassified.class);
        String utteranceId = intent.payload().utteranceId();
        MDC.put("conversationId", intent.conversationId());
        try {
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
                    .chain(sentiment -> turns.answer(intent, sentiment))
                    .onFailure().retry().withBackOff(firstBackoff, firstBackoff.multipliedBy(20)).atMost(retries);
        } finally {
            MDC.remove("conversationId");
        }
    }

    @Incoming("sentiments")
    public Uni<Void> onSentiment(String json) {
        EventEnvelope<SentimentScored> sentiment = EventCodec.decode(json, SentimentScored.class);
        return join.putSentiment(sentiment)
                .invoke(() -> arrivals.arrived(sentiment.payload().utteranceId()));
    }
}
