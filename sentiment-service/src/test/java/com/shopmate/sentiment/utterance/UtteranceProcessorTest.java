package com.shopmate.sentiment.utterance;

import com.shopmate.events.Channel;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.kit.consuming.EventConsumers;
import com.shopmate.kit.consuming.RetryPolicy;
import com.shopmate.sentiment.scoring.LexiconSentimentScorer;
import com.shopmate.sentiment.scoring.SentimentLexicon;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What sentiment adds to an utterance; decoding, keys, retries and dead letters are the kit's (service-kit tests). */
class UtteranceProcessorTest {

    private final LexiconSentimentScorer lexicon = new LexiconSentimentScorer(
            SentimentLexicon.fromClasspath("sentiment/baseline-lexicon.yml"), 0.2);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final UtteranceProcessor processor = new UtteranceProcessor(
            new EventConsumers(new RetryPolicy(0, Duration.ZERO, Duration.ZERO), meters), () -> lexicon, meters);

    @Test
    void theSentimentNamesItsUtteranceAndMessageAndTheModelThatScoredIt() {
        var utterance = utterance("太失望了");

        SentimentScored scored = processor.score(utterance);

        assertEquals("negative", scored.polarity());
        assertEquals(utterance.eventId(), scored.utteranceId());
        assertEquals("m-1", scored.messageId());
        assertEquals(lexicon.modelVersion(), scored.modelVersion());
    }

    @Test
    void scoringsAreCountedByPolarityEmotionAndModel() {
        SentimentScored scored = processor.score(utterance("great, thanks!"));

        assertEquals(1, meters.get("shopmate.sentiment.scorings").tags("polarity", scored.polarity(),
                "emotion", scored.emotion(), "model", scored.modelVersion()).counter().count());
    }

    private static EventEnvelope<UtteranceReceived> utterance(String text) {
        return EventEnvelope.of(new UtteranceReceived("m-1", text, null, null), "c-7", "shop", Channel.SMS, null);
    }
}
