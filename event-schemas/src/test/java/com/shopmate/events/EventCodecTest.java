package com.shopmate.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCodecTest {

    @Test
    void followedByKeepsConversationShopChannelAndTrace() {
        var utterance = EventEnvelope.of(new UtteranceReceived("m1", "hi", "en", null), "c1", "shop", Channel.SMS,
                "00-trace-01");
        var reply = utterance.followedBy(new ReplyComposed(utterance.eventId(), "m1", "en",
                List.of(new ReplyComposed.Reply("Hello!", null))));

        assertEquals("c1", reply.conversationId());
        assertEquals(Channel.SMS, reply.channel());
        assertEquals("00-trace-01", reply.traceparent());
        assertEquals(ReplyComposed.TYPE, reply.type());
        assertTrue(!reply.eventId().equals(utterance.eventId()), "a new event gets a new id");
    }

    @Test
    void handlingTheSameEventTwiceDerivesTheSameFollowUpId() {
        var utterance = EventEnvelope.of(new UtteranceReceived("m1", "hi", null, null), "c1", "shop", Channel.APP, null);
        var sentiment = new SentimentScored(utterance.eventId(), "m1", "neutral", 0, 0, "neutral", "v");

        assertEquals(utterance.followedBy(sentiment).eventId(), utterance.followedBy(sentiment).eventId());
    }

    @Test
    void decodeRefusesMalformedJson() {
        var e = assertThrows(UnreadableEventException.class,
                () -> EventCodec.decode("{not json", UtteranceReceived.class));
        assertTrue(e.getMessage().startsWith("not a UtteranceReceived event"), e.getMessage());
    }

    @Test
    void decodeRefusesAnEventOfAnotherType() {
        String sentiment = EventCodec.encode(EventEnvelope.of(
                new SentimentScored("u", "m", "neutral", 0, 0, "neutral", "v"), "c", "s", Channel.APP, null));
        var e = assertThrows(UnreadableEventException.class,
                () -> EventCodec.decode(sentiment, IntentClassified.class));
        assertEquals("expected type IntentClassified but got SentimentScored", e.getMessage());
    }

    @Test
    void decodeRefusesAnEnvelopeWithoutConversation() {
        String json = """
                {"eventId":"e","type":"UtteranceReceived","schemaVersion":1,"shopId":"s","channel":"app",
                 "occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m","text":"hi"}}""";
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode(json, UtteranceReceived.class));
    }

    @Test
    void decodeRefusesAPayloadWithoutItsRequiredFields() {
        String json = """
                {"eventId":"e","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m"}}""";
        var e = assertThrows(UnreadableEventException.class, () -> EventCodec.decode(json, UtteranceReceived.class));
        assertTrue(e.getMessage().contains("missing required field 'text'"), e.getMessage());
    }

    @Test
    void decodeRefusesAnotherSchemaVersion() {
        String json = """
                {"eventId":"e","type":"UtteranceReceived","schemaVersion":2,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m","text":"hi"}}""";
        var e = assertThrows(UnreadableEventException.class, () -> EventCodec.decode(json, UtteranceReceived.class));
        assertEquals("UtteranceReceived schemaVersion 2 is not 1, the one this topic carries", e.getMessage());
    }

    @Test
    void unknownFieldsAreIgnoredSoProducersCanAddOptionalOnes() {
        String json = """
                {"eventId":"e","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"web","occurredAt":"2026-12-01T08:00:00Z","addedLater":true,
                 "payload":{"messageId":"m","text":"hi","mood":"new"}}""";
        assertEquals("hi", EventCodec.decode(json, UtteranceReceived.class).payload().text());
    }

    @Test
    void anEntityFromAProducerBeforeSourceReadsWithoutOneAndIsWrittenAsItWas() {
        String json = """
                {"eventId":"e","type":"IntentClassified","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"utteranceId":"u","messageId":"m",
                 "text":"SO20261201001","language":"en","intent":"order_status","confidence":0.9,"modelVersion":"v",
                 "entities":[{"type":"order_id","value":"SO20261201001","start":0,"end":13}]}}""";

        var event = EventCodec.decode(json, IntentClassified.class);

        var entity = event.payload().entities().get(0);
        assertEquals(new IntentClassified.Entity("order_id", "SO20261201001", 0, 13), entity);
        assertNull(entity.source());
        assertFalse(EventCodec.encode(event).contains("source"), "absent fields stay absent");
    }

    @Test
    void aReplyFromAProducerBeforeHandoffAndCardsReadsAsNoHandoffAndNoCard() {
        String json = """
                {"eventId":"e","type":"ReplyComposed","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"utteranceId":"u","messageId":"m",
                 "language":"en","replies":[{"text":"Hello!","quickReplies":[]}]}}""";

        var reply = EventCodec.decode(json, ReplyComposed.class).payload();

        assertFalse(reply.handoff());
        assertNull(reply.replies().get(0).card());
    }

    @Test
    void aChannelAddedLaterIsReadKeptAndWrittenBackUnchanged() {
        String json = """
                {"eventId":"e","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"WhatsApp","occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m","text":"hi"}}""";

        var event = EventCodec.decode(json, UtteranceReceived.class);

        assertEquals("WhatsApp", event.channel().wireName());
        assertFalse(event.channel().isKnown());
        assertTrue(EventCodec.encode(event).contains("\"channel\":\"WhatsApp\""), "round-trips as it was written");
        assertEquals(event.channel(), event.followedBy(new SentimentScored(event.eventId(), "m", "neutral", 0, 0,
                "neutral", "v")).channel(), "and is passed on to the events it causes");
    }

    @Test
    void aKnownChannelIsReadInAnyCase() {
        assertEquals(Channel.WEB, Channel.of("WEB"));
        assertTrue(Channel.of("sms").isKnown());
        assertEquals("app", EventCodec.encode(EventEnvelope.of(new UtteranceReceived("m", "hi", null, null), "c", "s",
                Channel.of("App"), null)).replaceAll(".*\"channel\":\"([^\"]*)\".*", "$1"));
    }

    @Test
    void anEmptyChannelIsStillUnreadable() {
        for (String channel : new String[] {"\"\"", "null", "\"  \""}) {
            String json = """
                    {"eventId":"e","type":"UtteranceReceived","schemaVersion":1,"conversationId":"c","shopId":"s",
                     "channel":%s,"occurredAt":"2026-12-01T08:00:00Z","payload":{"messageId":"m","text":"hi"}}"""
                    .formatted(channel);
            assertThrows(UnreadableEventException.class, () -> EventCodec.decode(json, UtteranceReceived.class),
                    channel);
        }
    }

    @Test
    void intentsEntityTypesSourcesLanguagesPolaritiesAndEmotionsAddedLaterAreReadAsWritten() {
        String intent = """
                {"eventId":"e","type":"IntentClassified","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"utteranceId":"u","messageId":"m",
                 "text":"gift wrap it","language":"ja","intent":"gift_wrap","confidence":0.9,"modelVersion":"v",
                 "entities":[{"type":"gift_message","value":"it","start":10,"end":12,"source":"llm"}]}}""";
        String sentiment = """
                {"eventId":"e","type":"SentimentScored","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-12-01T08:00:00Z","payload":{"utteranceId":"u","messageId":"m",
                 "polarity":"mixed","score":0,"intensity":0.2,"emotion":"curiosity","modelVersion":"v"}}""";

        var understood = EventCodec.decode(intent, IntentClassified.class).payload();
        var scored = EventCodec.decode(sentiment, SentimentScored.class).payload();

        assertEquals(List.of("ja", "gift_wrap", "gift_message", "llm"), List.of(understood.language(),
                understood.intent(), understood.entities().get(0).type(), understood.entities().get(0).source()));
        assertEquals(List.of("mixed", "curiosity"), List.of(scored.polarity(), scored.emotion()));
    }

    @Test
    void aShopQueryWithoutQueryIdIsUnreadable() {
        String json = """
                {"eventId":"e","type":"ShopQueryRequested","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-11-30T04:00:00Z","payload":{"customerId":"C1001",
                 "kind":"shipment","orderId":"SO2026112869646"}}""";
        var e = assertThrows(UnreadableEventException.class, () -> EventCodec.decode(json, ShopQueryRequested.class));
        assertTrue(e.getMessage().contains("missing required field 'queryId'"), e.getMessage());
    }

    @Test
    void aShopActionWithoutCustomerIsUnreadable() {
        // Nobody changes an order anonymously: not even a request for one reads.
        String json = """
                {"eventId":"e","type":"ShopActionRequested","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-11-30T04:00:00Z","payload":{"actionId":"a1",
                 "kind":"cancel_order","orderId":"SO2026113073145","reason":"customer_request"}}""";
        var e = assertThrows(UnreadableEventException.class, () -> EventCodec.decode(json, ShopActionRequested.class));
        assertTrue(e.getMessage().contains("missing required field 'customerId'"), e.getMessage());
    }

    @Test
    void anAnswerWithoutRecordsReadsWithEmptyLists() {
        String json = """
                {"eventId":"e","type":"ShopQueryAnswered","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-11-30T04:00:00Z","payload":{"queryId":"q1","kind":"order",
                 "outcome":"not_owner"}}""";

        var answer = EventCodec.decode(json, ShopQueryAnswered.class).payload();

        assertEquals("not_owner", answer.outcome());
        assertEquals(List.of(), answer.orders());
        assertEquals(List.of(), answer.shipments());
    }

    @Test
    void shopOutcomesAndReasonsAddedLaterAreReadAsWritten() {
        String answer = """
                {"eventId":"e","type":"ShopQueryAnswered","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-11-30T04:00:00Z","payload":{"queryId":"q1","kind":"order",
                 "outcome":"rate_limited"}}""";
        String completion = """
                {"eventId":"e","type":"ShopActionCompleted","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-11-30T04:00:00Z","payload":{"actionId":"a1",
                 "kind":"cancel_order","outcome":"pending_review","reason":"fraud_check",
                 "order":{"orderId":"SO2026113073145","status":"cancel_requested"}}}""";

        var answered = EventCodec.decode(answer, ShopQueryAnswered.class);
        var completed = EventCodec.decode(completion, ShopActionCompleted.class).payload();

        assertEquals("rate_limited", answered.payload().outcome());
        assertTrue(EventCodec.encode(answered).contains("\"outcome\":\"rate_limited\""), "written back as read");
        assertEquals(List.of("pending_review", "fraud_check", "cancel_requested"),
                List.of(completed.outcome(), completed.reason(), completed.order().status()));
    }

    @Test
    void aProductWithoutItsStockIsUnreadableRatherThanOutOfStock() {
        // An absent int would otherwise read as 0, "out of stock": the schema requires the record's numbers.
        String json = """
                {"eventId":"e","type":"ShopQueryAnswered","schemaVersion":1,"conversationId":"c","shopId":"s",
                 "channel":"app","occurredAt":"2026-11-30T04:00:00Z","payload":{"queryId":"q1","kind":"product",
                 "outcome":"ok","products":[{"sku":"SKU-10004","warrantyMonths":12,"rating":4.5,
                 "reviewCount":1166}]}}""";
        assertThrows(UnreadableEventException.class, () -> EventCodec.decode(json, ShopQueryAnswered.class));
    }

    @Test
    void aModelActivatedMissingItsVersionIsUnreadable() {
        String json = """
                {"eventId":"e","type":"ModelActivated","schemaVersion":1,"kind":"nlu",
                 "occurredAt":"2026-12-01T08:00:00Z"}""";
        var e = assertThrows(UnreadableEventException.class, () -> EventCodec.decodeModelActivated(json));
        assertTrue(e.getMessage().contains("missing required field 'version'"), e.getMessage());
    }

    @Test
    void aConversationEventIsNotAModelActivated() {
        String sentiment = EventCodec.encode(EventEnvelope.of(
                new SentimentScored("u", "m", "neutral", 0, 0, "neutral", "v"), "c", "s", Channel.APP, null));
        var e = assertThrows(UnreadableEventException.class, () -> EventCodec.decodeModelActivated(sentiment));
        assertEquals("expected type ModelActivated but got SentimentScored", e.getMessage());
    }
}
