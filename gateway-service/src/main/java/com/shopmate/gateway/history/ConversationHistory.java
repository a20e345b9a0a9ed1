package com.shopmate.gateway.history;

import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What was said in an app or web conversation, for its owner's client to show again after a reload or a dropped
 * connection. A Redis sorted set per conversation (gateway-owned key) scored by time: a message re-sent with the same
 * messageId is the same member, so it is there once, and a reply that overtakes the shopper's line still sorts after
 * it. Only the latest {@code max-messages} are kept, for as long as the conversation belongs to its owner.
 */
@ApplicationScoped
public class ConversationHistory {

    private final ReactiveSortedSetCommands<String, String> history;
    private final ReactiveRedisDataSource redis;
    private final Duration kept;
    private final int maxMessages;

    public ConversationHistory(ReactiveRedisDataSource redis,
                               @ConfigProperty(name = "shopmate.identity.conversation-ttl") Duration kept,
                               @ConfigProperty(name = "shopmate.gateway.history.max-messages", defaultValue = "200")
                               int maxMessages) {
        this.redis = redis;
        this.history = redis.sortedSet(String.class);
        this.kept = kept;
        this.maxMessages = maxMessages;
    }

    /** The shopper's message, at the time the gateway accepted it. */
    public Uni<Void> shopperSaid(String conversationId, String messageId, String text, Instant acceptedAt) {
        return append(conversationId, acceptedAt, List.of(
                new HistoryEntry(messageId, HistoryEntry.SHOPPER, null, text, null, null, null, null)));
    }

    /** The messages of a delivered reply, just after the shopper's message they answer. */
    public Uni<Void> replied(EventEnvelope<ReplyComposed> reply) {
        ReplyComposed payload = reply.payload();
        String from = payload.byAgent() ? HistoryEntry.AGENT : HistoryEntry.BOT;
        List<HistoryEntry> entries = payload.replies().stream()
                .map(message -> new HistoryEntry(payload.messageId(), from, payload.agentName(), message.text(),
                        message.quickReplies().isEmpty() ? null : message.quickReplies(), message.card(),
                        payload.handoff() ? Boolean.TRUE : null, null))
                .toList();
        return append(reply.conversationId(), reply.occurredAt(), entries);
    }

    /** The conversation's messages, oldest first; empty when nothing was said (or it was forgotten). */
    public Uni<List<HistoryEntry>> of(String conversationId) {
        return history.zrangeWithScores(key(conversationId), 0, -1).map(members -> members.stream()
                .map(member -> Json.decodeValue(member.value(), HistoryEntry.class)
                        .at(Instant.ofEpochMilli((long) member.score())))
                .toList());
    }

    private Uni<Void> append(String conversationId, Instant at, List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String key = key(conversationId);
        Request add = Request.cmd(Command.ZADD).arg(key);
        // Messages of one reply keep their order: a millisecond apart is enough for a stable sort.
        for (int i = 0; i < entries.size(); i++) {
            add.arg(at.toEpochMilli() + i).arg(Json.encode(entries.get(i)));
        }
        // One round trip for the three, in this order, on every message and reply.
        return redis.getRedis().batch(List.of(add,
                        Request.cmd(Command.ZREMRANGEBYRANK).arg(key).arg(0L).arg((long) -maxMessages - 1),
                        Request.cmd(Command.EXPIRE).arg(key).arg(kept.toSeconds())))
                .replaceWithVoid();
    }

    private static String key(String conversationId) {
        return "gateway:history:" + conversationId;
    }
}
