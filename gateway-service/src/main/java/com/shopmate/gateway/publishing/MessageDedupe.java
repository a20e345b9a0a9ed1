package com.shopmate.gateway.publishing;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/** Remembers which messageIds were already published, so a re-sent message creates no second utterance. */
@ApplicationScoped
public class MessageDedupe {

    private final ReactiveRedisDataSource redis;
    private final Duration ttl;

    public MessageDedupe(ReactiveRedisDataSource redis, @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration ttl) {
        this.redis = redis;
        this.ttl = ttl;
    }

    /** True when this call is the first to claim the message, false when it was seen before. */
    public Uni<Boolean> claim(String conversationId, String messageId) {
        return redis.execute("SET", key(conversationId, messageId), "1", "NX", "EX", String.valueOf(ttl.toSeconds()))
                .map(response -> response != null);
    }

    /** Forgets a claim whose publish failed, so the client's retry can publish it. */
    public Uni<Void> release(String conversationId, String messageId) {
        return redis.key().del(key(conversationId, messageId)).replaceWithVoid();
    }

    private static String key(String conversationId, String messageId) {
        return String.join(":", List.of("gateway", "msg", conversationId, messageId));
    }
}
