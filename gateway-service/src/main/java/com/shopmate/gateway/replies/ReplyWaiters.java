package com.shopmate.gateway.replies;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import com.shopmate.gateway.errors.ApiException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Clients holding a request open ({@code ?wait=N}) until the reply to their message is delivered. */
@ApplicationScoped
public class ReplyWaiters {

    private final Map<String, CompletableFuture<EventEnvelope<ReplyComposed>>> waiting = new ConcurrentHashMap<>();
    private final ReplyStore store;

    public ReplyWaiters(ReplyStore store) {
        this.store = store;
    }

    /** The reply to the message, from the store if it was already delivered, else when it comes; 504 after timeout. */
    public Uni<EventEnvelope<ReplyComposed>> await(String conversationId, String messageId, Duration timeout) {
        String key = key(conversationId, messageId);
        // Register before looking in the store, so a reply delivered in between is not missed.
        CompletableFuture<EventEnvelope<ReplyComposed>> future = waiting.computeIfAbsent(key,
                k -> new CompletableFuture<>());
        Uni<EventEnvelope<ReplyComposed>> delivered = Uni.createFrom().completionStage(future);
        return store.find(conversationId, messageId)
                .onItem().transformToUni(stored -> stored != null ? Uni.createFrom().item(stored) : delivered)
                .ifNoItem().after(timeout).failWith(() -> new ApiException(504, "reply_timeout",
                        "no reply within " + timeout.toSeconds() + " s; the message is queued, and re-sending it"
                                + " with the same messageId returns the reply once it is ready"))
                .onTermination().invoke(() -> waiting.remove(key, future));
    }

    public void delivered(EventEnvelope<ReplyComposed> reply) {
        var future = waiting.remove(key(reply.conversationId(), reply.payload().messageId()));
        if (future != null) {
            future.complete(reply);
        }
    }

    private static String key(String conversationId, String messageId) {
        return conversationId + '\u0000' + messageId;
    }
}
