package com.shopmate.nlu.utterance;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import com.shopmate.nlu.entity.EntityExtractor;
import com.shopmate.nlu.intent.IntentClassifier;
import com.shopmate.nlu.intent.IntentPrediction;
import com.shopmate.nlu.intent.ServedModel;
import com.shopmate.nlu.language.LanguageDetector;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Utterance in, {@link IntentClassified} out, keyed by conversation. Decoding, retries, dead letters, the log
 * context and the timing are the service kit's ({@link EventConsumer}).
 */
@ApplicationScoped
public class UtteranceProcessor {

    private static final Logger LOG = Logger.getLogger(UtteranceProcessor.class);

    private final EventConsumer<UtteranceReceived> utterances;
    private final LanguageDetector languages;
    private final IntentClassifier classifier;
    private final EntityExtractor entities;
    private final MeterRegistry meters;

    UtteranceProcessor(EventConsumers consumers, LanguageDetector languages, IntentClassifier classifier,
            EntityExtractor entities, MeterRegistry meters) {
        this.utterances = consumers.of(UtteranceReceived.class);
        this.languages = languages;
        this.classifier = classifier;
        this.entities = entities;
        this.meters = meters;
    }

    @Incoming("utterances")
    @Outgoing("intents")
    public Uni<Record<String, String>> onUtterance(String json) {
        // The model's inference (a few ms of CPU) runs on a worker thread, never on the Vert.x event loop.
        return utterances.processBlocking(json, this::classify);
    }

    IntentClassified classify(EventEnvelope<UtteranceReceived> utterance) {
        UtteranceReceived said = utterance.payload();
        String language = languages.detect(said.text(), said.locale());
        // One model for the whole utterance: a reload meanwhile must not mix its intents with older entities.
        ServedModel model = classifier.served();
        IntentPrediction prediction = model.intents().classify(said.text(), language);
        IntentClassified classified = new IntentClassified(utterance.eventId(), said.messageId(), said.text(),
                language, prediction.intent(), prediction.confidence(), prediction.alternatives(),
                entities.extract(said.text(), utterance.occurredAt(), model.entities()), model.version());
        meters.counter("shopmate.nlu.classifications",
                "intent", classified.intent(), "language", language, "model", classified.modelVersion()).increment();
        // The shopper's text stays out of the log: it may hold a phone number or an address. Per message, so debug:
        // at hundreds of messages a second an info line each costs real CPU.
        LOG.debugf("message %s: %s (%.2f, %s), %d entities", said.messageId(), classified.intent(),
                classified.confidence(), language, classified.entities().size());
        return classified;
    }
}
