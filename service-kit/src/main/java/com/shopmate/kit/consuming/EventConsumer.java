package com.shopmate.kit.consuming;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.EventPayload;
import com.shopmate.events.UnreadableEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.Record;
import org.jboss.logging.Logger;

import java.util.function.Function;

/**
 * What every consumer of one event type does around its domain logic. The record is decoded as an event of the
 * type; one that cannot be read fails at once, never retried. A failing handling is retried with backoff
 * ({@link RetryPolicy}), then fails with {@link HandlingFailedException}. A failure nacks the record, and the
 * channel's dead-letter queue (a default of the kit's connector config) parks it with the failure's message as its
 * {@code dead-letter-reason}; the consumer goes on with the next record. The event is in the {@link LogContext} of
 * every line its handling logs, and {@code shopmate.events.consumed} times it per event type and outcome.
 * <p>
 * The returned Uni is what the {@code @Incoming} method returns: SmallRye handles a channel's records one at a time,
 * so a conversation's events stay in order, retries included.
 */
public final class EventConsumer<P extends EventPayload> {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final Class<P> type;
    private final String typeName;
    private final RetryPolicy retry;
    private final ConsumerMetrics metrics;

    EventConsumer(Class<P> type, RetryPolicy retry, MeterRegistry meters) {
        this.type = type;
        this.typeName = type.getSimpleName();
        this.retry = retry;
        this.metrics = new ConsumerMetrics(meters, typeName);
    }

    /** Handles the record reactively (Redis, an emitter): for a consumer that sends nothing on an outgoing channel. */
    public Uni<Void> consume(String json, Function<EventEnvelope<P>, Uni<Void>> handling) {
        return handle(json, (event, context) -> handling.apply(event));
    }

    /**
     * Handles the record with CPU-bound work (a model) on a worker thread and answers with the event it causes, as
     * the record for the {@code @Outgoing} channel ({@link FollowUp#record}).
     */
    public Uni<Record<String, String>> processBlocking(String json,
            Function<EventEnvelope<P>, ? extends EventPayload> work) {
        return handle(json, (event, context) -> context.runBlocking(() -> FollowUp.record(event, work.apply(event))));
    }

    /**
     * Handles the record reactively (a database, another client) and answers with the event it causes, as the
     * record for the {@code @Outgoing} channel ({@link FollowUp#record}).
     */
    public Uni<Record<String, String>> process(String json,
            Function<EventEnvelope<P>, Uni<? extends EventPayload>> work) {
        return handle(json, (event, context) -> work.apply(event).map(next -> FollowUp.record(event, next)));
    }

    private interface Attempt<P extends EventPayload, T> {
        Uni<T> start(EventEnvelope<P> event, RecordContext context);
    }

    private <T> Uni<T> handle(String json, Attempt<P, T> attempt) {
        RecordContext context = RecordContext.current();
        // Subscribed on the record's context: the log context goes where the handling's own lines will look for it.
        return Uni.createFrom().deferred(() -> {
            Timer.Sample timing = metrics.start();
            EventEnvelope<P> event;
            try {
                event = EventCodec.decode(json, type);
            } catch (UnreadableEventException e) {
                metrics.finished(timing, Outcome.UNREADABLE);
                LOG.warnf("unreadable %s record, dead-lettered: %s", typeName, e.getMessage());
                return Uni.createFrom().failure(e);
            }
            LogContext.enter(event);
            // Every attempt starts, and ends, on the record's context, wherever a backoff timer or a callback left off.
            Uni<T> attempts = Uni.createFrom().<T>deferred(() -> attempt.start(event, context))
                    .runSubscriptionOn(context).emitOn(context);
            return retry.retry(attempts, EventConsumer::mayPassOnRetry, (number, failure) -> {
                        metrics.retried();
                        LOG.warnf("%s %s failed, retry %d of %d: %s", typeName, event.eventId(), number,
                                retry.retries(), failure);
                    })
                    .onItem().invoke(() -> metrics.finished(timing, Outcome.HANDLED))
                    .onFailure().transform(failure -> givenUp(event, failure, timing))
                    .onTermination().invoke(LogContext::leave);
        }).runSubscriptionOn(context);
    }

    // The same bytes stay unreadable however often they are read again; a permanent failure says so of itself.
    private static boolean mayPassOnRetry(Throwable failure) {
        return !(failure instanceof UnreadableEventException || failure instanceof PermanentFailureException);
    }

    private Throwable givenUp(EventEnvelope<P> event, Throwable failure, Timer.Sample timing) {
        if (failure instanceof UnreadableEventException) {
            metrics.finished(timing, Outcome.UNREADABLE);
            LOG.warnf("%s %s holds something unreadable, dead-lettered: %s", typeName, event.eventId(),
                    failure.getMessage());
            return failure;
        }
        if (failure instanceof PermanentFailureException) {
            metrics.finished(timing, Outcome.DEAD_LETTERED);
            LOG.warnf("%s %s cannot be handled, dead-lettered: %s", typeName, event.eventId(), failure.getMessage());
            return failure;
        }
        metrics.finished(timing, Outcome.DEAD_LETTERED);
        String attempts = retry.attempts() == 1 ? "1 attempt" : retry.attempts() + " attempts";
        LOG.errorf(failure, "%s %s still failed after %s, dead-lettered", typeName, event.eventId(), attempts);
        return new HandlingFailedException(typeName + " " + event.eventId() + " still failed after " + attempts
                + ", the last time with: " + failure, failure);
    }
}
