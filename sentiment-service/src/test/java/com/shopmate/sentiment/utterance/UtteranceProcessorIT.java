package com.shopmate.sentiment.utterance;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.sentiment.scoring.CurrentScorer;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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

/** The service against a real broker: utterances in, sentiments out, poison records to the dead-letter topic. */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class UtteranceProcessorIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static KafkaTestClient kafka;

    @Inject
    CurrentScorer scorers;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void utteranceIsScoredOnTheSentimentsTopicUnderItsConversation() {
        String conversation = "it-" + UUID.randomUUID();
        EventEnvelope<UtteranceReceived> utterance = utterance(conversation, "一直不发货，你们就是骗子！");

        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(utterance));

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.SENTIMENTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        EventEnvelope<SentimentScored> scored = EventCodec.decode(record.value(), SentimentScored.class);
        SentimentScored sentiment = scored.payload();
        assertEquals("negative", sentiment.polarity());
        assertEquals("anger", sentiment.emotion());
        assertTrue(sentiment.score() < 0 && sentiment.intensity() > 0, sentiment.toString());
        assertEquals(utterance.eventId(), sentiment.utteranceId());
        assertEquals(utterance.payload().messageId(), sentiment.messageId());
        // The built-in pack in tests (no model in the test profile's model-dir); a saved model when one is given.
        assertEquals(scorers.current().modelVersion(), sentiment.modelVersion());
        assertEquals(conversation, scored.conversationId());
        // Derived from the utterance's id: a redelivered utterance produces this very event id again.
        assertEquals(utterance.followedBy(sentiment).eventId(), scored.eventId());
    }

    @Test
    void unreadableRecordIsDeadLetteredAndTheNextUtteranceIsStillScored() {
        String conversation = "it-" + UUID.randomUUID();

        // Same key, so both land on one partition in this order: the second proves the consumer went on.
        kafka.send(Topics.UTTERANCES, conversation, "{not json");
        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(utterance(conversation, "Thanks, great service!")));

        KafkaTestClient.DeadLetter dead = kafka.awaitDeadLetter(Topics.DEAD_LETTERS, conversation, TIMEOUT);
        assertEquals("{not json", dead.value());
        assertTrue(dead.reason().contains("not a UtteranceReceived event"), dead.reason());
        assertEquals(Topics.UTTERANCES, dead.fromTopic());

        ConsumerRecord<String, String> next = kafka.awaitRecord(Topics.SENTIMENTS,
                r -> conversation.equals(r.key()), TIMEOUT);
        assertEquals("positive", EventCodec.decode(next.value(), SentimentScored.class).payload().polarity());
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
