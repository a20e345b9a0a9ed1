package com.shopmate.kit.consuming;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.UtteranceReceived;

import java.util.UUID;

/** Records as a consumer of utterances receives them. */
final class Events {

    static final String WITHOUT_TEXT = """
            {"eventId":"e","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
             "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m"}}""";

    private Events() {
    }

    static EventEnvelope<UtteranceReceived> utterance(String conversationId) {
        return EventEnvelope.of(new UtteranceReceived("m-" + UUID.randomUUID(), "hello", "en", null), conversationId,
                "shop", Channel.WEB, "00-trace-01");
    }

    static String json(EventEnvelope<?> event) {
        return EventCodec.encode(event);
    }
}
