package com.shopmate.gateway.replies;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ReplyComposed;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * The replies already delivered, by conversation and messageId: a client re-sending a message gets the same answer
 * (the whole event is kept, cards and handoff included), and a redelivered reply event is not delivered twice.
 */
@ApplicationScoped
public class ReplyStore {

    private final ReactiveValueCommands<String, String> values;
    private final Duration ttl;

    public ReplyStore(ReactiveRedisDataSource redis, @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration ttl) {
        this.values = redis.value(String.class);
        this.ttl = ttl;
    }

    public Uni<EventEnvelope<ReplyComposed>> find(String conversationId, String messageId) {
        return values.get(key(conversationId, messageId))
                .map(json -> json == null ? null : EventCodec.decode(json, ReplyComposed.class));
    }

    public Uni<Void> remember(EventEnvelope<ReplyComposed> reply) {
        return values.set(key(reply.conversationId(), reply.payload().messageId()), EventCodec.encode(reply),
                new SetArgs().ex(ttl));
    }

    private static String key(String conversationId, String messageId) {
        return "gateway:reply:" + conversationId + ":" + messageId;
    }
}
