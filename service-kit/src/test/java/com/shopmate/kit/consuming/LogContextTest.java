package com.shopmate.kit.consuming;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import com.shopmate.events.UtteranceReceived;
import com.shopmate.testkit.CapturedLogs;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.vertx.core.runtime.VertxMDC;
import io.quarkus.vertx.mdc.provider.LateBoundMDCProvider;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The event in the log context of every line its handling logs, including lines logged later on other threads. Set up
 * as Quarkus runs a consumer: the MDC kept in the Vert.x context (Quarkus wires {@link VertxMDC} in at start), and
 * each record handled on a duplicated context of its own (SmallRye Reactive Messaging gives each Kafka record one).
 */
class LogContextTest {

    private static final Logger HANDLER_LOG = Logger.getLogger(LogContextTest.class);
    private static Vertx vertx;

    private final EventConsumers consumers = new EventConsumers(
            new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1)), new SimpleMeterRegistry());
    private final EventConsumer<UtteranceReceived> utterances = consumers.of(UtteranceReceived.class);
    private final CapturedLogs logs = CapturedLogs.of(LogContextTest.class.getName());

    @BeforeAll
    static void startVertx() {
        LateBoundMDCProvider.setMDCProviderDelegate(VertxMDC.INSTANCE);
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        LateBoundMDCProvider.setMDCProviderDelegate(null);
    }

    @AfterEach
    void closeLogs() {
        logs.close();
    }

    @Test
    void aLineLoggedInACallbackAfterTheHandlerReturnedCarriesTheEvent() throws Exception {
        var utterance = Events.utterance("c-callback");

        onRecordContext(() -> utterances.consume(Events.json(utterance), event ->
                // How a Redis or Kafka client answers: later, on the caller's Vert.x context.
                vertxTimer().invoke(() -> HANDLER_LOG.info("stored"))));

        var line = logs.line("stored");
        assertEquals("c-callback", line.mdc(LogContext.CONVERSATION_ID));
        assertEquals(utterance.eventId(), line.mdc(LogContext.EVENT_ID));
        assertEquals("UtteranceReceived", line.mdc(LogContext.EVENT_TYPE));
    }

    @Test
    void blockingWorkLogsOnAWorkerThreadWithTheEvent() throws Exception {
        var utterance = Events.utterance("c-worker");
        String[] callerThread = new String[1];

        onRecordContext(() -> {
            callerThread[0] = Thread.currentThread().getName();
            return utterances.processBlocking(Events.json(utterance), event -> {
                HANDLER_LOG.info("scored");
                return scored(event);
            });
        });

        var line = logs.line("scored");
        assertNotEquals(callerThread[0], line.thread(), "the model runs off the event loop");
        assertEquals("c-worker", line.mdc(LogContext.CONVERSATION_ID));
        assertEquals(utterance.eventId(), line.mdc(LogContext.EVENT_ID));
    }

    @Test
    void theAttemptAfterABackoffAndTheRetryWarningCarryTheEvent() throws Exception {
        var utterance = Events.utterance("c-retry");
        AtomicInteger attempts = new AtomicInteger();
        try (CapturedLogs kitLogs = CapturedLogs.of(EventConsumer.class.getName())) {

            onRecordContext(() -> utterances.consume(Events.json(utterance), event -> {
                if (attempts.incrementAndGet() == 1) {
                    return Uni.createFrom().failure(new IllegalStateException("Redis blip"));
                }
                HANDLER_LOG.info("second attempt");
                return Uni.createFrom().voidItem();
            }));

            assertEquals("c-retry", kitLogs.line("retry 1 of 1").mdc(LogContext.CONVERSATION_ID));
        }
        assertEquals("c-retry", logs.line("second attempt").mdc(LogContext.CONVERSATION_ID));
    }

    @Test
    void aRecordWaitingForAnotherKeepsItsOwnEventOnItsLines() throws Exception {
        var first = Events.utterance("c-first");
        var second = Events.utterance("c-second");
        CompletableFuture<Void> secondHandled = new CompletableFuture<>();
        // Both records on one event loop, so one thread: a thread-local MDC would show the second on the first's line.
        Context eventLoop = vertx.getOrCreateContext();

        CompletableFuture<Void> firstDone = start(eventLoop, () -> utterances.consume(Events.json(first), event ->
                Uni.createFrom().completionStage(secondHandled)
                        // Completed on the second record's context: come back to this record's before going on.
                        .emitOn(RecordContext.current())
                        .invoke(() -> HANDLER_LOG.info("first goes on"))));
        start(eventLoop, () -> utterances.consume(Events.json(second), event -> {
            HANDLER_LOG.info("second handled");
            secondHandled.complete(null);
            return Uni.createFrom().voidItem();
        })).get(10, TimeUnit.SECONDS);
        firstDone.get(10, TimeUnit.SECONDS);

        assertEquals("c-second", logs.line("second handled").mdc(LogContext.CONVERSATION_ID));
        assertEquals("c-first", logs.line("first goes on").mdc(LogContext.CONVERSATION_ID));
        assertEquals(first.eventId(), logs.line("first goes on").mdc(LogContext.EVENT_ID));
    }

    private static <T> T onRecordContext(Supplier<Uni<T>> handling) throws Exception {
        return start(vertx.getOrCreateContext(), handling).get(10, TimeUnit.SECONDS);
    }

    // As SmallRye hands over a Kafka record: on a fresh duplicate of the consumer's event-loop context.
    private static <T> CompletableFuture<T> start(Context eventLoop, Supplier<Uni<T>> handling) {
        Context record = VertxContext.createNewDuplicatedContext(eventLoop);
        CompletableFuture<T> done = new CompletableFuture<>();
        record.runOnContext(ignored -> handling.get().subscribe().with(done::complete, done::completeExceptionally));
        return done;
    }

    private static Uni<Void> vertxTimer() {
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(5, id -> emitter.complete(null)));
    }

    private static SentimentScored scored(EventEnvelope<UtteranceReceived> utterance) {
        return new SentimentScored(utterance.eventId(), utterance.payload().messageId(), "neutral", 0, 0, "neutral",
                "test");
    }
}
