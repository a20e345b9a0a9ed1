package com.shopmate.kit.consuming;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The Vert.x context a record is handled on. SmallRye Reactive Messaging gives each Kafka record a duplicated context
 * of its own, and the record's {@link LogContext} lives in it: a step that runs elsewhere logs without it, or with
 * another record's. Vert.x clients (Redis, Kafka) call back on the caller's context by themselves; a handler that
 * waits on something completed from outside (a {@code CompletableFuture} another record completes) comes back with
 * {@code uni.emitOn(RecordContext.current())}. Outside Vert.x (a plain unit test) everything runs in place.
 */
public final class RecordContext implements Executor {

    private final Context context;

    private RecordContext(Context context) {
        this.context = context;
    }

    /** The context of the record being handled on this thread (a new duplicate of a root context), if any. */
    public static RecordContext current() {
        return new RecordContext(VertxContext.getOrCreateDuplicatedContext());
    }

    /** Runs the task on this context: at once when already on it, else on its event loop. */
    @Override
    public void execute(Runnable task) {
        if (context == null || Vertx.currentContext() == context) {
            task.run();
        } else {
            context.runOnContext(ignored -> task.run());
        }
    }

    /**
     * Runs CPU-bound work (a model's inference) on a worker thread, never on the event loop, each time the returned
     * Uni is subscribed. The worker runs on this context, so the work's log lines carry the record's log context.
     */
    public <T> Uni<T> runBlocking(Supplier<T> work) {
        if (context == null) {
            return Uni.createFrom().item(work);
        }
        // Unordered: each copy of a channel hands over one record at a time anyway, and a record's attempts follow each other.
        return Uni.createFrom().completionStage(() -> context.executeBlocking(work::get, false).toCompletionStage());
    }
}
