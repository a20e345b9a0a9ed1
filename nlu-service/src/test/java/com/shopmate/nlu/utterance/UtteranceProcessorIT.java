package com.shopmate.nlu.utterance;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.IntentClassified.Entity;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The service against a real broker: utterances in, intents out, poison records to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class UtteranceProcessorIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void utteranceIsClassifiedOnTheIntentsTopicUnderItsConversation() {
        String conversation = "it-" + UUID.randomUUID();
        EventEnvelope<UtteranceReceived> utterance = utterance(conversation, "您好，订单SO20261201001什么时候发货？");

        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(utterance));

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.INTENTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        EventEnvelope<IntentClassified> classified = EventCodec.decode(record.value(), IntentClassified.class);
        IntentClassified intent = classified.payload();
        assertEquals("order_status", intent.intent());
        assertEquals("zh", intent.language());
        assertEquals(utterance.eventId(), intent.utteranceId());
        assertTrue(intent.modelVersion().startsWith("intent-"), "the trained model decided: " + intent.modelVersion());
        assertEquals(new Entity("order_id", "SO20261201001", 5, 18, Entity.RULE, null), intent.entities().get(0));
        assertEquals(conversation, classified.conversationId());
        // Derived from the utterance's id: a redelivered utterance produces this very event id again.
        assertEquals(utterance.followedBy(intent).eventId(), classified.eventId());
    }

    @Test
    void theBuiltInPacksLookupEntitiesArriveWithTheirNormalisedValueAndSource() {
        String conversation = "it-" + UUID.randomUUID();

        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(utterance(conversation, "我要用顺丰速运寄")));

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.INTENTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        IntentClassified intent = EventCodec.decode(record.value(), IntentClassified.class).payload();
        assertEquals(java.util.List.of(new Entity("carrier", "SF", 3, 7, Entity.LOOKUP, null)), intent.entities());
        assertTrue(intent.modelVersion().contains("+entities-"), intent.modelVersion());
    }

    @Test
    void unreadableRecordIsDeadLetteredAndTheNextUtteranceIsStillClassified() {
        String conversation = "it-" + UUID.randomUUID();

        // Same key, so both land on one partition in this order: the second proves the consumer went on.
        kafka.send(Topics.UTTERANCES, conversation, "{not json");
        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(utterance(conversation, "Hello there!")));

        KafkaTestClient.DeadLetter dead = kafka.awaitDeadLetter(Topics.DEAD_LETTERS, conversation, TIMEOUT);
        assertEquals("{not json", dead.value());
        assertTrue(dead.reason().contains("not a UtteranceReceived event"), dead.reason());
        assertEquals(Topics.UTTERANCES, dead.fromTopic());

        ConsumerRecord<String, String> next = kafka.awaitRecord(Topics.INTENTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        assertEquals("greet", EventCodec.decode(next.value(), IntentClassified.class).payload().intent());
    }

    @Test
    void isReadyWhileKafkaIsUp() {
        // Ready once the consumer has its partitions, which can take a moment after start-up.
        await().atMost(TIMEOUT).untilAsserted(() -> given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", is("UP")));
    }

    private static EventEnvelope<UtteranceReceived> utterance(String conversation, String text) {
        return EventEnvelope.of(new UtteranceReceived("m-" + UUID.randomUUID(), text, null, null), conversation,
                "demo-shop", Channel.APP, null);
    }
}
