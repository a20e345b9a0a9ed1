package com.shopmate.nlu.utterance;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.UnreadableEventException;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.nlu.entity.EntityExtractor;
import com.shopmate.nlu.intent.KeywordIntentClassifier;
import com.shopmate.nlu.intent.KeywordTable;
import com.shopmate.nlu.language.LanguageDetector;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.reactive.messaging.kafka.Record;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UtteranceProcessorTest {

    private final UtteranceProcessor processor = new UtteranceProcessor(new LanguageDetector(0.5),
            new KeywordIntentClassifier(KeywordTable.fromClasspath("nlu/baseline-intents.yml"), 0.3),
            new EntityExtractor("[A-Z]{2,4}\\d{8,20}|\\d{12,20}"), new SimpleMeterRegistry());

    @Test
    void intentIsKeyedByConversationAndNamesItsUtterance() {
        var utterance = EventEnvelope.of(new UtteranceReceived("m-1", "我要转人工", "zh-CN", null), "c-7", "shop",
                Channel.WEB, "00-trace-01");

        Record<String, String> record = processor.classify(EventCodec.encode(utterance));

        assertEquals("c-7", record.key());
        var classified = EventCodec.decode(record.value(), IntentClassified.class);
        assertEquals("human_agent_request", classified.payload().intent());
        assertEquals(utterance.eventId(), classified.payload().utteranceId());
        assertEquals("m-1", classified.payload().messageId());
        assertEquals(Channel.WEB, classified.channel());
        assertEquals("00-trace-01", classified.traceparent());
    }

    @Test
    void aRedeliveredUtteranceYieldsTheSameEventId() {
        String json = EventCodec.encode(EventEnvelope.of(new UtteranceReceived("m-2", "hello", null, null), "c-8",
                "shop", Channel.APP, null));

        String first = EventCodec.decode(processor.classify(json).value(), IntentClassified.class).eventId();
        String again = EventCodec.decode(processor.classify(json).value(), IntentClassified.class).eventId();

        assertEquals(first, again);
    }

    @Test
    void anUtteranceOnAChannelAddedLaterIsHandledAndItsChannelPassedOn() {
        String json = """
                {"eventId":"e-kiosk","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"kiosk","occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m","text":"我要转人工"}}""";

        var understood = EventCodec.decode(processor.classify(json).value(), IntentClassified.class);

        assertEquals("human_agent_request", understood.payload().intent());
        assertEquals("kiosk", understood.channel().wireName());
    }

    @Test
    void anUtteranceWithoutTextIsUnreadable() {
        String json = """
                {"eventId":"e","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m"}}""";

        var e = assertThrows(UnreadableEventException.class, () -> processor.classify(json));
        assertTrue(e.getMessage().contains("missing required field 'text'"), e.getMessage());
    }
}
