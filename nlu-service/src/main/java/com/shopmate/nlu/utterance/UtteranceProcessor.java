package com.shopmate.nlu.utterance;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.nlu.entity.EntityExtractor;
import com.shopmate.nlu.intent.IntentClassifier;
import com.shopmate.nlu.intent.IntentPrediction;
import com.shopmate.nlu.intent.ServedModel;
import com.shopmate.nlu.language.LanguageDetector;
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
 * Utterance in, {@link IntentClassified} out, keyed by conversation. A record that is not a readable utterance
 * throws, which nacks it: the channel's dead-letter-queue strategy parks it with the reason and the next record
 * is handled.
 */
@ApplicationScoped
public class UtteranceProcessor {

    static final String CONVERSATION_ID = "conversationId";
    private static final Logger LOG = Logger.getLogger(UtteranceProcessor.class);

    private final LanguageDetector languages;
    private final IntentClassifier classifier;
    private final EntityExtractor entities;
    private final MeterRegistry meters;

    UtteranceProcessor(LanguageDetector languages, IntentClassifier classifier, EntityExtractor entities,
            MeterRegistry meters) {
        this.languages = languages;
        this.classifier = classifier;
        this.entities = entities;
        this.meters = meters;
    }

    @Incoming("utterances")
    @Outgoing("intents")
    // The model's inference (a few ms of CPU) must not hold a Vert.x event loop; ordered keeps a partition in order.
    @Blocking
    public Record<String, String> classify(String json) {
        EventEnvelope<UtteranceReceived> utterance = EventCodec.decode(json, UtteranceReceived.class);
        MDC.put(CONVERSATION_ID, utterance.conversationId());
        try {
            Timer.Sample timing = Timer.start(meters);
            UtteranceReceived said = utterance.payload();
            String language = languages.detect(said.text(), said.locale());
            // One model for the whole utterance: a reload meanwhile must not mix its intents with older entities.
            ServedModel model = classifier.served();
            IntentPrediction prediction = model.intents().classify(said.text(), language);
            IntentClassified classified = new IntentClassified(utterance.eventId(), said.messageId(), said.text(),
                    language, prediction.intent(), prediction.confidence(), prediction.alternatives(),
                    entities.extract(said.text(), utterance.occurredAt(), model.entities()), model.version());
            timing.stop(meters.timer("shopmate.nlu.classifications",
                    "intent", classified.intent(), "language", language, "model", classified.modelVersion()));
            // The shopper's text stays out of the log: it may hold a phone number or an address.
            LOG.infof("message %s: %s (%.2f, %s), %d entities", said.messageId(), classified.intent(),
                    classified.confidence(), language, classified.entities().size());
            // followedBy derives the event id from the utterance's: a redelivered utterance yields the same event.
            return Record.of(utterance.conversationId(), EventCodec.encode(utterance.followedBy(classified)));
        } finally {
            MDC.remove(CONVERSATION_ID);
        }
    }
}
