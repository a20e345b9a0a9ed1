package com.shopmate.sentiment.utterance;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.sentiment.scoring.CurrentScorer;
import com.shopmate.sentiment.scoring.Sentiment;
import com.shopmate.sentiment.scoring.SentimentScorer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Utterance in, {@link SentimentScored} out, keyed by conversation. A record that is not a readable utterance
 * throws, which nacks it: the channel's dead-letter-queue strategy parks it with the reason and the next record
 * is handled.
 */
@ApplicationScoped
public class UtteranceProcessor {

    static final String CONVERSATION_ID = "conversationId";
    private static final Logger LOG = Logger.getLogger(UtteranceProcessor.class);

    private final CurrentScorer scorers;
    private final MeterRegistry meters;

    UtteranceProcessor(CurrentScorer scorers, MeterRegistry meters) {
        this.scorers = scorers;
        this.meters = meters;
    }

    @Incoming("utterances")
    @Outgoing("sentiments")
    // The trained model embeds every text (a few ms of CPU): not on a Vert.x event loop; ordered keeps a partition
    // in order.
    @Blocking
    public Record<String, String> score(String json) {
        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(json, UtteranceReceived.class);
        MDC.put(CONVERSATION_ID, utterance.conversationId());
        try {
            Timer.Sample timing = Timer.start(meters);
            // One scorer for the whole utterance: a reload meanwhile must not label it with the next model's version.
            SentimentScorer scorer = scorers.current();
            UtteranceReceived said = utterance.payload();
            Sentiment sentiment = scorer.score(said.text());
            SentimentScored scored = new SentimentScored(utterance.eventId(), said.messageId(), sentiment.polarity(),
                    sentiment.score(), sentiment.intensity(), sentiment.emotion(), scorer.modelVersion());
            timing.stop(meters.timer("shopmate.sentiment.scorings",
                    "polarity", scored.polarity(), "emotion", scored.emotion(), "model", scored.modelVersion()));
            // The shopper's text stays out of the log: it may hold a phone number or an address.
            LOG.infof("message %s: %s (%.2f), %s", said.messageId(), scored.polarity(), scored.score(),
                    scored.emotion());
            // followedBy derives the event id from the utterance's: a redelivered utterance yields the same event.
            return Record.of(utterance.conversationId(), EventCodec.encode(utterance.followedBy(scored)));
        } finally {
            MDC.remove(CONVERSATION_ID);
        }
    }
}
