package com.shopmate.gateway.publishing;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Remembers which messageIds were published, so a re-sent message creates no second utterance. A claim is
 * {@code pending} (briefly) until Kafka has the utterance, then {@code published}: a gateway that dies mid-publish
 * blocks the messageId only for the pending TTL, never for a day.
 */
@ApplicationScoped
public class MessageDedupe {

    public enum Claim {
        /** This call may publish the message. */
        FIRST,
        /** The message was published before: a re-send. */
        PUBLISHED,
        /** Another request is publishing it right now. */
        IN_FLIGHT
    }

    private static final String PENDING = "pending";
    private static final String PUBLISHED = "published";

    private final ReactiveRedisDataSource redis;
    private final Duration publishedTtl;
    private final Duration pendingTtl;

    public MessageDedupe(ReactiveRedisDataSource redis,
                         @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration publishedTtl,
                         @ConfigProperty(name = "shopmate.gateway.publish-timeout") Duration pendingTtl) {
        this.redis = redis;
        this.publishedTtl = publishedTtl;
        this.pendingTtl = pendingTtl;
    }

    public Uni<Claim> claim(String conversationId, String messageId) {
        String key = key(conversationId, messageId);
        return redis.execute("SET", key, PENDING, "NX", "EX", String.valueOf(pendingTtl.toSeconds()))
                .chain(set -> set != null ? Uni.createFrom().item(Claim.FIRST)
                        : redis.value(String.class).get(key).map(state -> switch (state == null ? "" : state) {
                            case PUBLISHED -> Claim.PUBLISHED;
                            case PENDING -> Claim.IN_FLIGHT;
                            // Expired between the two calls: the caller's retry will claim it.
                            default -> Claim.IN_FLIGHT;
                        }));
    }

    public Uni<Void> markPublished(String conversationId, String messageId) {
        return redis.value(String.class).setex(key(conversationId, messageId), publishedTtl.toSeconds(), PUBLISHED);
    }

    /** Forgets a claim whose publish failed, so the client's retry can publish it. */
    public Uni<Void> release(String conversationId, String messageId) {
        return redis.key().del(key(conversationId, messageId)).replaceWithVoid();
    }

    // messageIds hold no ':' (ConversationIds), so the last segment is always the whole messageId.
    private static String key(String conversationId, String messageId) {
        return "gateway:msg:" + conversationId + ":" + messageId;
    }
}
