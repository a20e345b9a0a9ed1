package com.shopmate.dialogue.analysis;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.SentimentScored;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * Where the sentiment of an utterance waits for its intent. Kept in Redis rather than in memory so that any dialogue
 * instance can pick it up: intents and sentiments of one conversation may be consumed by different instances.
 */
@ApplicationScoped
public class AnalysisJoin {

    private static final String SENTIMENT = "sentiment";

    private final ReactiveHashCommands<String, String, String> hashes;
    private final Redis redis;
    private final Duration ttl;

    public AnalysisJoin(ReactiveRedisDataSource redis,
                        @ConfigProperty(name = "shopmate.dialogue.join-ttl") Duration ttl) {
        this.hashes = redis.hash(String.class);
        this.redis = redis.getRedis();
        this.ttl = ttl;
    }

    public Uni<Void> putSentiment(EventEnvelope<SentimentScored> sentiment) {
        String key = key(sentiment.payload().utteranceId());
        // One round trip for both, on every message.
        return redis.batch(List.of(
                        Request.cmd(Command.HSET).arg(key).arg(SENTIMENT).arg(EventCodec.encode(sentiment)),
                        Request.cmd(Command.EXPIRE).arg(key).arg(ttl.toSeconds())))
                .replaceWithVoid();
    }

    /** The utterance's sentiment, or null when it has not arrived (yet). */
    public Uni<SentimentScored> sentimentOf(String utteranceId) {
        return hashes.hget(key(utteranceId), SENTIMENT)
                .map(json -> json == null ? null : EventCodec.decode(json, SentimentScored.class).payload());
    }

    static String key(String utteranceId) {
        return "dialogue:analysis:" + utteranceId;
    }
}
