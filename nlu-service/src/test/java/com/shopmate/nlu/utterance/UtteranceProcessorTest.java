package com.shopmate.nlu.utterance;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.kit.consuming.EventConsumers;
import com.shopmate.kit.consuming.RetryPolicy;
import com.shopmate.nlu.entity.EntityExtractor;
import com.shopmate.nlu.intent.KeywordIntentClassifier;
import com.shopmate.nlu.intent.KeywordTable;
import com.shopmate.nlu.language.LanguageDetector;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What nlu adds to an utterance; decoding, keys, retries and dead letters are the kit's (service-kit tests). */
class UtteranceProcessorTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UtteranceProcessor processor = new UtteranceProcessor(
            new EventConsumers(new RetryPolicy(0, Duration.ZERO, Duration.ZERO), meters), new LanguageDetector(0.5),
            new KeywordIntentClassifier(KeywordTable.fromClasspath("nlu/baseline-intents.yml"), 0.3),
            new EntityExtractor("[A-Z]{2,4}\\d{8,20}|\\d{12,20}"), meters);

    @Test
    void theIntentNamesItsUtteranceAndMessageWithTheLanguageAndEntitiesFound() {
        var utterance = utterance("我要转人工，订单SO20261201001");

        IntentClassified classified = processor.classify(utterance);

        assertEquals("human_agent_request", classified.intent());
        assertEquals("zh", classified.language());
        assertEquals(utterance.eventId(), classified.utteranceId());
        assertEquals("m-1", classified.messageId());
        assertEquals("SO20261201001", classified.entities().get(0).value());
    }

    @Test
    void classificationsAreCountedByIntentLanguageAndModel() {
        IntentClassified classified = processor.classify(utterance("hello"));

        assertEquals(1, meters.get("shopmate.nlu.classifications").tags("intent", classified.intent(),
                "language", "en", "model", classified.modelVersion()).counter().count());
    }

    private static EventEnvelope<UtteranceReceived> utterance(String text) {
        return EventEnvelope.of(new UtteranceReceived("m-1", text, null, null), "c-7", "shop", Channel.WEB, null);
    }
}
