package com.shopmate.sentiment.utterance;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import com.shopmate.sentiment.scoring.CurrentScorer;
import com.shopmate.sentiment.scoring.Sentiment;
import com.shopmate.sentiment.scoring.SentimentScorer;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Utterance in, {@link SentimentScored} out, keyed by conversation. Decoding, retries, dead letters, the log
 * context and the timing are the service kit's ({@link EventConsumer}).
 */
@ApplicationScoped
public class UtteranceProcessor {

    private static final Logger LOG = Logger.getLogger(UtteranceProcessor.class);

    private final EventConsumer<UtteranceReceived> utterances;
    private final CurrentScorer scorers;
    private final MeterRegistry meters;

    UtteranceProcessor(EventConsumers consumers, CurrentScorer scorers, MeterRegistry meters) {
        this.utterances = consumers.of(UtteranceReceived.class);
        this.scorers = scorers;
        this.meters = meters;
    }

    @Incoming("utterances")
    @Outgoing("sentiments")
    public Uni<Record<String, String>> onUtterance(String json) {
        // The trained model embeds every text (a few ms of CPU): on a worker thread, never on the Vert.x event loop.
        return utterances.processBlocking(json, this::score);
    }

    SentimentScored score(EventEnvelope<UtteranceReceived> utterance) {
        // One scorer for the whole utterance: a reload meanwhile must not label it with the next model's version.
        SentimentScorer scorer = scorers.current();
        UtteranceReceived said = utterance.payload();
        Sentiment sentiment = scorer.score(said.text());
        SentimentScored scored = new SentimentScored(utterance.eventId(), said.messageId(), sentiment.polarity(),
                sentiment.score(), sentiment.intensity(), sentiment.emotion(), scorer.modelVersion());
        meters.counter("shopmate.sentiment.scorings",
                "polarity", scored.polarity(), "emotion", scored.emotion(), "model", scored.modelVersion()).increment();
        // The shopper's text stays out of the log: it may hold a phone number or an address.
        // Per message, so debug: at hundreds of messages a second an info line each costs real CPU.
        LOG.debugf("message %s: %s (%.2f), %s", said.messageId(), scored.polarity(), scored.score(), scored.emotion());
        return scored;
    }
}
