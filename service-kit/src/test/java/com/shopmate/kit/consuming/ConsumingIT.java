package com.shopmate.kit.consuming;

import com.shopmate.events.Channel;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.Topics;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.testkit.KafkaTestClient;
import com.shopmate.testkit.RealServersResource;
import com.shopmate.testkit.CapturedLogs;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Consumers on the kit ({@link ProbeConsumers}) in a Quarkus application against a real broker, with nothing but
 * their channels configured: the kit's connector defaults, its dead-letter reasons and its log context at work.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServersResource.class, restrictToAnnotatedClass = false)
class ConsumingIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static KafkaTestClient kafka;

    @Inject
    MeterRegistry meters;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient();
    }

    @AfterAll
    static void disconnect() {
        kafka.close();
    }

    @Test
    void theFollowUpGoesOutKeyedByConversation() {
        var utterance = utterance("c-" + UUID.randomUUID(), "hello");

        kafka.send(Topics.UTTERANCES, utterance.conversationId(), EventCodec.encode(utterance));

        ConsumerRecord<String, String> record = kafka.awaitRecord(Topics.SENTIMENTS,
                r -> utterance.conversationId().equals(r.key()), TIMEOUT);
        EventEnvelope<SentimentScored> scored = EventCodec.decode(record.value(), SentimentScored.class);
        assertEquals(utterance.followedBy(scored.payload()).eventId(), scored.eventId());
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAtOnceAndTheNextIsHandled() {
        String conversation = "c-" + UUID.randomUUID();

        // One key, so one partition, in this order: the second proves the consumer went on.
        kafka.send(Topics.UTTERANCES, conversation, "{not json");
        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(utterance(conversation, "hello")));

        KafkaTestClient.DeadLetter dead = kafka.awaitDeadLetter(Topics.DEAD_LETTERS, conversation, TIMEOUT);
        assertEquals("{not json", dead.value());
        assertEquals(Topics.UTTERANCES, dead.fromTopic());
        assertTrue(dead.reason().contains("not a UtteranceReceived event"), dead.reason());
        kafka.awaitRecord(Topics.SENTIMENTS, r -> conversation.equals(r.key()), TIMEOUT);
    }

    @Test
    void aHandlingThatKeepsFailingIsDeadLetteredAfterItsRetriesWithTheReasonAndTheNextIsHandled() {
        String conversation = "c-" + UUID.randomUUID();
        var failing = utterance(conversation, ProbeConsumers.ALWAYS_FAILS);

        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(failing));
        kafka.send(Topics.UTTERANCES, conversation, EventCodec.encode(utterance(conversation, "hello")));

        KafkaTestClient.DeadLetter dead = kafka.awaitDeadLetter(Topics.DEAD_LETTERS, conversation, TIMEOUT);
        assertEquals(EventCodec.encode(failing), dead.value());
        assertEquals(Topics.UTTERANCES, dead.fromTopic());
        // Configured retries=2: three attempts, then the reason names the event and the last failure.
        assertTrue(dead.reason().contains(failing.eventId() + " still failed after 3 attempts")
                && dead.reason().contains("the model is broken"), dead.reason());
        kafka.awaitRecord(Topics.SENTIMENTS, r -> conversation.equals(r.key()), TIMEOUT);
        assertTrue(meters.get(ConsumerMetrics.RETRIES).tags("type", "UtteranceReceived").counter().count() >= 2);
        assertTrue(consumed("UtteranceReceived", "dead-lettered") >= 1);
    }

    @Test
    void linesLoggedOnAWorkerOrAfterATimerCarryTheirEvent() {
        try (CapturedLogs logs = CapturedLogs.of(ProbeConsumers.class.getName())) {
            var utterance = utterance("c-" + UUID.randomUUID(), "hello");
            var intent = utterance.followedBy(new IntentClassified(utterance.eventId(),
                    utterance.payload().messageId(), "hello", "en", "greet", 0.9, List.of(), List.of(), "probe"));

            kafka.send(Topics.UTTERANCES, utterance.conversationId(), EventCodec.encode(utterance));
            kafka.send(Topics.INTENTS, intent.conversationId(), EventCodec.encode(intent));

            String messageId = utterance.payload().messageId();
            await().atMost(TIMEOUT).until(() -> logs.lines().stream()
                    .filter(line -> line.message().endsWith(messageId)).count() == 2);
            var scored = logs.line("scored " + messageId);
            assertEquals(utterance.conversationId(), scored.mdc(LogContext.CONVERSATION_ID));
            assertEquals(utterance.eventId(), scored.mdc(LogContext.EVENT_ID));
            var answered = logs.line("answered " + messageId);
            assertEquals(intent.conversationId(), answered.mdc(LogContext.CONVERSATION_ID));
            assertEquals(intent.eventId(), answered.mdc(LogContext.EVENT_ID));
            assertEquals(IntentClassified.TYPE, answered.mdc(LogContext.EVENT_TYPE));
        }
    }

    @Test
    void handledEventsAreTimedPerEventType() {
        var utterance = utterance("c-" + UUID.randomUUID(), "hello");
        kafka.send(Topics.UTTERANCES, utterance.conversationId(), EventCodec.encode(utterance));
        kafka.awaitRecord(Topics.SENTIMENTS, r -> utterance.conversationId().equals(r.key()), TIMEOUT);

        await().atMost(TIMEOUT).until(() -> consumed("UtteranceReceived", "handled") > 0);
    }

    private long consumed(String type, String outcome) {
        var timer = meters.find(ConsumerMetrics.CONSUMED).tags("type", type, "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private static EventEnvelope<UtteranceReceived> utterance(String conversation, String text) {
        return EventEnvelope.of(new UtteranceReceived("m-" + UUID.randomUUID(), text, null, null), conversation,
                "demo-shop", Channel.APP, null);
    }
}
