package com.shopmate.gateway.sms;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the provider took, in gateway-owned Redis keys:
 * <ul>
 * <li>per segment of a reply, (conversation, reply messageId, message index, segment index) → the provider's
 * message id, written once the provider accepted it: a redelivered reply, or a retry after a crash, skips the
 * segments already sent. Kept as long as replies are deduped ({@code shopmate.gateway.dedupe-ttl}), since
 * ReplyDispatcher drops replies older than that;</li>
 * <li>per provider message, what it was part of and what the provider said of it since (its delivery status), for
 * the status callback and the sandbox's outbox; kept {@code shopmate.sms.outbound.status-ttl}.</li>
 * </ul>
 * A segment the provider accepted but whose record was never written (the gateway died in between, or the
 * provider's answer was lost to a timeout after it had accepted) is sent again: the Messages API takes no
 * idempotency key, so this narrow window stays at-least-once.
 */
@ApplicationScoped
public class SentSegments {

    private final ReactiveRedisDataSource redis;
    private final Duration dedupeTtl;
    private final Duration statusTtl;

    public SentSegments(ReactiveRedisDataSource redis, SmsConfig config,
                        @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration dedupeTtl) {
        this.redis = redis;
        this.dedupeTtl = dedupeTtl;
        this.statusTtl = config.outbound().statusTtl();
    }

    /** The provider's id of the segment if it was sent already, else null. */
    public Uni<String> sentAs(SmsTurn turn, SmsTurn.Segment segment) {
        return redis.value(String.class).get(segmentKey(turn, segment));
    }

    public Uni<Void> markSent(SmsTurn turn, SmsTurn.Segment segment, String providerMessageId) {
        String sid = providerMessageId != null ? providerMessageId : "unnamed";
        Uni<Void> marked = redis.value(String.class).setex(segmentKey(turn, segment),
                dedupeTtl.toSeconds(), sid);
        if (providerMessageId == null) {
            return marked;
        }
        Map<String, String> record = new LinkedHashMap<>();
        record.put("conversationId", turn.conversationId());
        record.put("messageId", turn.messageId());
        record.put("message", Integer.toString(segment.message()));
        record.put("segment", Integer.toString(segment.segment()));
        record.put("segments", Integer.toString(segment.segments()));
        record.put("last", Boolean.toString(segment.lastOfTurn()));
        record.put("handoff", Boolean.toString(turn.handoff()));
        record.put("status", "accepted");
        record.put("updatedAt", Instant.now().toString());
        String key = messageKey(providerMessageId);
        return marked.chain(() -> redis.hash(String.class).hset(key, record))
                .chain(() -> redis.key().expire(key, statusTtl)).replaceWithVoid();
    }

    /** What the gateway knows of a provider message: what it was part of and its last status; empty if nothing. */
    public Uni<Map<String, String>> describe(String providerMessageId) {
        return redis.hash(String.class).hgetall(messageKey(providerMessageId));
    }

    /** Records a status the provider reported; the record lives on for the status TTL from now. */
    public Uni<Void> recordStatus(String providerMessageId, String status, String errorCode) {
        String key = messageKey(providerMessageId);
        Map<String, String> update = new LinkedHashMap<>();
        update.put("status", status);
        update.put("updatedAt", Instant.now().toString());
        if (errorCode != null) {
            update.put("errorCode", errorCode);
        }
        return redis.hash(String.class).hset(key, update).chain(() -> redis.key().expire(key, statusTtl))
                .replaceWithVoid();
    }

    // messageIds hold no ':' (ConversationIds), so the segment's numbers after it are unambiguous.
    private static String segmentKey(SmsTurn turn, SmsTurn.Segment segment) {
        return "gateway:sms:segment:" + turn.conversationId() + ":" + turn.messageId() + ":" + segment.message()
                + ":" + segment.segment();
    }

    private static String messageKey(String providerMessageId) {
        return "gateway:sms:message:" + providerMessageId;
    }
}
