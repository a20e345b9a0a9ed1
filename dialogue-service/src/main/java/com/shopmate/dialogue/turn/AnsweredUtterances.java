package com.shopmate.dialogue.turn;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Which utterances were already answered, so a redelivered intent changes nothing twice. Marked after the reply is
 * out: a crash in between re-sends a reply with the same eventId and messageId, which the gateway delivers once.
 */
@ApplicationScoped
public class AnsweredUtterances {

    private final ReactiveRedisDataSource redis;
    private final Duration remembered;

    public AnsweredUtterances(ReactiveRedisDataSource redis,
                              @ConfigProperty(name = "shopmate.dialogue.context-idle-ttl") Duration idleTtl) {
        this.redis = redis;
        // Long past any redelivery: a day, or the context's lifetime if that is longer.
        this.remembered = idleTtl.compareTo(Duration.ofDays(1)) > 0 ? idleTtl : Duration.ofDays(1);
    }

    public Uni<Boolean> wasAnswered(String utteranceId) {
        return redis.key().exists(key(utteranceId));
    }

    public Uni<Void> markAnswered(String utteranceId) {
        return redis.value(String.class).setex(key(utteranceId), remembered.toSeconds(), "1");
    }

    private static String key(String utteranceId) {
        return "dialogue:answered:" + utteranceId;
    }
}
