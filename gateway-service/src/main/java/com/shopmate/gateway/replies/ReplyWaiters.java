package com.shopmate.gateway.replies;

import com.shopmate.errors.ApiException;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Clients holding a request open ({@code ?wait=N}) until the reply to their message is delivered. Each waiter has
 * its own future: a client re-sending while its first request still waits must not be cut off when that one ends.
 * While a person owns the conversation the bot only acknowledges a message (empty, handoff set): the request then
 * waits on for the agent's next message in the conversation and, if none comes in time, gets the acknowledgement.
 */
@ApplicationScoped
public class ReplyWaiters {

    private final Map<String, Set<CompletableFuture<EventEnvelope<ReplyComposed>>>> waiting =
            new ConcurrentHashMap<>();
    // Requests whose message a person will answer, by conversation: any agent's message answers them.
    private final Map<String, Set<CompletableFuture<EventEnvelope<ReplyComposed>>>> waitingForAgent =
            new ConcurrentHashMap<>();
    private final ReplyStore store;

    public ReplyWaiters(ReplyStore store) {
        this.store = store;
    }

    /** The reply to the message, from the store if it was already delivered, else when it comes; 504 after timeout. */
    public Uni<EventEnvelope<ReplyComposed>> await(String conversationId, String messageId, Duration timeout) {
        String key = key(conversationId, messageId);
        // Register before looking in the store, so a reply delivered in between is not missed.
        var future = new CompletableFuture<EventEnvelope<ReplyComposed>>();
        waiting.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(future);
        // Registered up front too, so an agent's message that comes right after the acknowledgement is not missed.
        var agentsWord = new CompletableFuture<EventEnvelope<ReplyComposed>>();
        waitingForAgent.computeIfAbsent(conversationId, k -> ConcurrentHashMap.newKeySet()).add(agentsWord);
        Uni<EventEnvelope<ReplyComposed>> delivered = Uni.createFrom().completionStage(future);
        Instant deadline = Instant.now().plus(timeout);
        return store.find(conversationId, messageId)
                .onItem().transformToUni(stored -> stored != null ? Uni.createFrom().item(stored) : delivered)
                .ifNoItem().after(timeout).failWith(() -> new ApiException(504, "reply_timeout",
                        "no reply within " + timeout.toSeconds() + " s; the message is queued, and re-sending it"
                                + " with the same messageId returns the reply once it is ready"))
                .onItem().transformToUni(reply -> reply.payload().isHeldForAgent()
                        ? agentOrAcknowledgement(reply, agentsWord, deadline) : Uni.createFrom().item(reply))
                .onTermination().invoke(() -> {
                    forget(waiting, key, future);
                    forget(waitingForAgent, conversationId, agentsWord);
                });
    }

    /** The agent's message if one comes before the deadline, else the acknowledgement (not a timeout error). */
    private static Uni<EventEnvelope<ReplyComposed>> agentOrAcknowledgement(
            EventEnvelope<ReplyComposed> acknowledgement, CompletableFuture<EventEnvelope<ReplyComposed>> agentsWord,
            Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            return Uni.createFrom().item(acknowledgement);
        }
        return Uni.createFrom().completionStage(agentsWord)
                .ifNoItem().after(left).recoverWithItem(acknowledgement);
    }

    public void delivered(EventEnvelope<ReplyComposed> reply) {
        var futures = waiting.remove(key(reply.conversationId(), reply.payload().messageId()));
        if (futures != null) {
            futures.forEach(future -> future.complete(reply));
        }
        if (reply.payload().byAgent()) {
            var holding = waitingForAgent.remove(reply.conversationId());
            if (holding != null) {
                holding.forEach(future -> future.complete(reply));
            }
        }
    }

    /** How many clients are waiting, for the gauge that shows a leak. */
    public int waitingCount() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }

    private static void forget(Map<String, Set<CompletableFuture<EventEnvelope<ReplyComposed>>>> waiting,
                               String key, CompletableFuture<EventEnvelope<ReplyComposed>> future) {
        waiting.computeIfPresent(key, (k, futures) -> {
            futures.remove(future);
            return futures.isEmpty() ? null : futures;
        });
    }

    private static String key(String conversationId, String messageId) {
        return conversationId + '\u0000' + messageId;
    }
}
