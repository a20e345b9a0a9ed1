package com.shopmate.sentiment.utterance;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.UnreadableEventException;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.sentiment.scoring.LexiconSentimentScorer;
import com.shopmate.sentiment.scoring.SentimentLexicon;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.reactive.messaging.kafka.Record;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtteranceProcessorTest {

    private final LexiconSentimentScorer lexicon = new LexiconSentimentScorer(
            SentimentLexicon.fromClasspath("sentiment/baseline-lexicon.yml"), 0.2);
    private final UtteranceProcessor processor = new UtteranceProcessor(() -> lexicon, new SimpleMeterRegistry());

    @Test
    void sentimentIsKeyedByConversationAndNamesItsUtterance() {
        var utterance = EventEnvelope.of(new UtteranceReceived("m-1", "太失望了", "zh-CN", null), "c-7", "shop",
                Channel.SMS, "00-trace-01");

        Record<String, String> record = processor.score(EventCodec.encode(utterance));

        assertEquals("c-7", record.key());
        var scored = EventCodec.decode(record.value(), SentimentScored.class);
        assertEquals("negative", scored.payload().polarity());
        assertEquals(utterance.eventId(), scored.payload().utteranceId());
        assertEquals("m-1", scored.payload().messageId());
        assertEquals(Channel.SMS, scored.channel());
        assertEquals("00-trace-01", scored.traceparent());
    }

    @Test
    void aRedeliveredUtteranceYieldsTheSameEventId() {
        String json = EventCodec.encode(EventEnvelope.of(new UtteranceReceived("m-2", "great", null, null), "c-8",
                "shop", Channel.APP, null));

        String first = EventCodec.decode(processor.score(json).value(), SentimentScored.class).eventId();
        String again = EventCodec.decode(processor.score(json).value(), SentimentScored.class).eventId();

        assertEquals(first, again);
    }

    @Test
    void anUtteranceOnAChannelAddedLaterIsHandledAndItsChannelPassedOn() {
        String json = """
                {"eventId":"e-kiosk","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"kiosk","occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m","text":"太失望了"}}""";

        var understood = EventCodec.decode(processor.score(json).value(), SentimentScored.class);

        assertEquals("negative", understood.payload().polarity());
        assertEquals("kiosk", understood.channel().wireName());
    }

    @Test
    void anUtteranceWithoutTextIsUnreadable() {
        String json = """
                {"eventId":"e","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m"}}""";

        var e = assertThrows(UnreadableEventException.class, () -> processor.score(json));
        assertTrue(e.getMessage().contains("missing required field 'text'"), e.getMessage());
    }
}
