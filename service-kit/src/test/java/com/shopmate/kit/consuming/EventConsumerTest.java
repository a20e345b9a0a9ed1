package com.shopmate.kit.consuming;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.UnreadableEventException;
import com.shopmate.events.UtteranceReceived;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The glue every consumer shares, outside Vert.x: decoding, retrying, giving up with a reason, metrics, follow-ups. */
class EventConsumerTest {

    private static final int RETRIES = 2;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventConsumer<UtteranceReceived> utterances = new EventConsumers(
            new RetryPolicy(RETRIES, Duration.ofMillis(1), Duration.ofMillis(5)), meters).of(UtteranceReceived.class);
    private final AtomicInteger attempts = new AtomicInteger();

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "{\"type\":\"IntentClassified\",\"schemaVersion\":1}", Events.WITHOUT_TEXT})
    void unreadableRecordFailsAtOnceWithTheReasonAndIsNeverHandled(String json) {
        var failure = assertThrows(UnreadableEventException.class, () -> utterances.consume(json, this::succeed)
                .await().indefinitely());

        assertTrue(failure.getMessage().contains("UtteranceReceived"), failure.getMessage());
        assertEquals(0, attempts.get(), "never handled, so never retried");
        assertEquals(1, consumed("unreadable"));
    }

    @Test
    void theReasonOfAnUnreadableRecordNamesWhatIsWrong() {
        var failure = assertThrows(UnreadableEventException.class,
                () -> utterances.consume(Events.WITHOUT_TEXT, this::succeed).await().indefinitely());

        assertTrue(failure.getMessage().contains("missing required field 'text'"), failure.getMessage());
    }

    @Test
    void aHandlingThatKeepsFailingIsRetriedThenGivenUpWithTheEventAndTheLastFailureAsReason() {
        var utterance = Events.utterance("c-1");

        var failure = assertThrows(HandlingFailedException.class, () -> utterances
                .consume(Events.json(utterance), event -> fail("Redis is down")).await().indefinitely());

        assertEquals(RETRIES + 1, attempts.get());
        assertTrue(failure.getMessage().contains(utterance.eventId()), failure.getMessage());
        assertTrue(failure.getMessage().contains("still failed after 3 attempts")
                && failure.getMessage().contains("Redis is down"), failure.getMessage());
        assertEquals(1, consumed("dead-lettered"));
        assertEquals(RETRIES, retries());
    }

    @Test
    void aHandlingThatRecoversWithinTheRetriesIsHandled() {
        utterances.consume(Events.json(Events.utterance("c-2")),
                event -> attempts.get() < RETRIES ? fail("Kafka blip") : succeed(event)).await().indefinitely();

        assertEquals(RETRIES + 1, attempts.get());
        assertEquals(1, consumed("handled"));
        assertEquals(0, consumed("dead-lettered"));
        assertEquals(RETRIES, retries());
    }

    @Test
    void aHandlerThatThrowsInsteadOfFailingItsUniIsRetriedAlike() {
        assertThrows(HandlingFailedException.class, () -> utterances.consume(Events.json(Events.utterance("c-3")),
                event -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("model not loaded");
                }).await().indefinitely());

        assertEquals(RETRIES + 1, attempts.get());
    }

    @Test
    void somethingUnreadableTheHandlerFindsIsNotRetried() {
        var unreadable = new UnreadableEventException("the stored context is not JSON", null);

        var failure = assertThrows(UnreadableEventException.class, () -> utterances
                .consume(Events.json(Events.utterance("c-4")), event -> {
                    attempts.incrementAndGet();
                    return Uni.createFrom().failure(unreadable);
                }).await().indefinitely());

        assertSame(unreadable, failure);
        assertEquals(1, attempts.get());
        assertEquals(1, consumed("unreadable"));
    }

    @Test
    void aPermanentFailureIsGivenUpAtOnceWithItsOwnReason() {
        var failure = assertThrows(PermanentFailureException.class, () -> utterances.consume(
                Events.json(Events.utterance("c-9")), event -> {
                    attempts.incrementAndGet();
                    return Uni.createFrom().failure(new PermanentFailureException("no channel 'kiosk' here"));
                }).await().indefinitely());

        assertEquals(1, attempts.get(), "no retry can change it");
        assertEquals("no channel 'kiosk' here", failure.getMessage());
        assertEquals(1, consumed("dead-lettered"));
        assertEquals(0, retries());
    }

    @Test
    void withoutRetriesTheFirstFailureIsFinal() {
        var once = new EventConsumers(new RetryPolicy(0, Duration.ZERO, Duration.ZERO), meters)
                .of(UtteranceReceived.class);

        var failure = assertThrows(HandlingFailedException.class, () -> once
                .consume(Events.json(Events.utterance("c-5")), event -> fail("down")).await().indefinitely());

        assertEquals(1, attempts.get());
        assertTrue(failure.getMessage().contains("still failed after 1 attempt,"), failure.getMessage());
    }

    @Test
    void theFollowUpIsKeyedByConversationAndCarriesTheCausesChannelAndTrace() {
        var utterance = Events.utterance("c-6");

        Record<String, String> record = utterances.processBlocking(Events.json(utterance), this::scored)
                .await().indefinitely();

        assertEquals("c-6", record.key());
        EventEnvelope<SentimentScored> scored = EventCodec.decode(record.value(), SentimentScored.class);
        assertEquals(utterance.eventId(), scored.payload().utteranceId());
        assertEquals(utterance.channel(), scored.channel());
        assertEquals("00-trace-01", scored.traceparent());
        assertEquals(1, consumed("handled"));
    }

    @Test
    void aRedeliveredEventYieldsAFollowUpWithTheSameEventId() {
        String json = Events.json(Events.utterance("c-7"));

        String first = utterances.processBlocking(json, this::scored).await().indefinitely().value();
        String again = utterances.processBlocking(json, this::scored).await().indefinitely().value();

        assertEquals(EventCodec.decode(first, SentimentScored.class).eventId(),
                EventCodec.decode(again, SentimentScored.class).eventId());
    }

    @Test
    void aFailingBlockingHandlingIsRetriedThenGivenUp() {
        var failure = assertThrows(HandlingFailedException.class, () -> utterances
                .processBlocking(Events.json(Events.utterance("c-8")), event -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("inference failed");
                }).await().indefinitely());

        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertEquals(RETRIES + 1, attempts.get());
        assertEquals(1, consumed("dead-lettered"));
    }

    private Uni<Void> succeed(EventEnvelope<UtteranceReceived> event) {
        attempts.incrementAndGet();
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> fail(String why) {
        attempts.incrementAndGet();
        return Uni.createFrom().failure(new IllegalStateException(why));
    }

    private SentimentScored scored(EventEnvelope<UtteranceReceived> utterance) {
        return new SentimentScored(utterance.eventId(), utterance.payload().messageId(), "neutral", 0, 0, "neutral",
                "test");
    }

    private long consumed(String outcome) {
        var timer = meters.find(ConsumerMetrics.CONSUMED).tags("type", "UtteranceReceived", "outcome", outcome).timer();
        return timer == null ? 0 : timer.count();
    }

    private double retries() {
        return meters.get(ConsumerMetrics.RETRIES).tags("type", "UtteranceReceived").counter().count();
    }
}
