package com.shopmate.dialogue.analysis;

import com.shopmate.kit.consuming.RecordContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Wakes an intent waiting for its sentiment as soon as the sentiment is stored, instead of at the end of the wait. */
@ApplicationScoped
public class SentimentArrivals {

    private final Map<String, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Registers interest; call before looking in the join, so an arrival in between is not missed. */
    public Uni<Void> expect(String utteranceId, Duration atMost) {
        CompletableFuture<Void> arrival = waiting.computeIfAbsent(utteranceId, id -> new CompletableFuture<>());
        return Uni.createFrom().completionStage(arrival)
                .ifNoItem().after(atMost).recoverWithItem((Void) null)
                .onTermination().invoke(() -> waiting.remove(utteranceId, arrival))
                // The sentiment's own handling completes the arrival: the intent's turn goes on on its own record's
                // context, where its log context is.
                .emitOn(RecordContext.current());
    }

    /** Drops interest registered with {@link #expect} that turned out not to be needed. */
    public void forget(String utteranceId) {
        waiting.remove(utteranceId);
    }

    public void arrived(String utteranceId) {
        var arrival = waiting.remove(utteranceId);
        if (arrival != null) {
            arrival.complete(null);
        }
    }
}
