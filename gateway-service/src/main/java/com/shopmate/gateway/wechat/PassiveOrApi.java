package com.shopmate.gateway.wechat;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.Map;

/**
 * Decides, once per shopper's message, how its reply reaches WeChat: as the passive answer to a push, or through the
 * customer-service API. Whoever asks first fixes it (a Redis SET NX), so a reply is never sent both ways, whichever
 * gateway instance holds the push and whichever delivers the reply. While a push waits ({@link #pushWaits}) the reply
 * channel leaves the decision to it; once the push's deadline passes, the API takes the reply.
 */
@ApplicationScoped
public class PassiveOrApi {

    enum Route { PASSIVE, API }

    private final ReactiveRedisDataSource redis;
    private final ReactiveValueCommands<String, String> values;
    private final Duration remembered;

    PassiveOrApi(ReactiveRedisDataSource redis, @ConfigProperty(name = "shopmate.gateway.dedupe-ttl") Duration remembered) {
        this.redis = redis;
        this.values = redis.value(String.class);
        this.remembered = remembered;
    }

    /** A push for the message waits for its reply until {@code within} from now (a later retry extends it). */
    Uni<Void> pushWaits(String conversationId, String messageId, Duration within) {
        return values.set(waitingKey(conversationId, messageId), "1", new SetArgs().px(within));
    }

    /** The route the reply takes: passive when the push is first to ask, else the one already decided. */
    Uni<Route> claimPassive(String conversationId, String messageId) {
        return claim(conversationId, messageId, Route.PASSIVE);
    }

    /** The route the reply takes: the API when the reply channel is first to ask, else the one already decided. */
    Uni<Route> claimApi(String conversationId, String messageId) {
        return claim(conversationId, messageId, Route.API);
    }

    /** True once the route is fixed or no push waits any more: the reply channel need not wait longer. */
    Uni<Boolean> settled(String conversationId, String messageId) {
        String route = routeKey(conversationId, messageId);
        String waiting = waitingKey(conversationId, messageId);
        return values.mget(route, waiting).map((Map<String, String> found) ->
                found.get(route) != null || found.get(waiting) == null);
    }

    Uni<Boolean> pushIsWaiting(String conversationId, String messageId) {
        return values.get(waitingKey(conversationId, messageId)).map(found -> found != null);
    }

    private Uni<Route> claim(String conversationId, String messageId, Route wanted) {
        String key = routeKey(conversationId, messageId);
        // SET NX, then GET when someone was first (SET NX GET needs Redis 7; the tests' embedded Redis is 6.2).
        return redis.execute("SET", key, wanted.name(), "NX", "EX", String.valueOf(remembered.toSeconds()))
                .chain(set -> set != null ? Uni.createFrom().item(wanted)
                        : values.get(key).map(earlier -> earlier == null ? wanted : Route.valueOf(earlier)));
    }

    private static String waitingKey(String conversationId, String messageId) {
        return "gateway:wechat:push-waits:" + conversationId + ":" + messageId;
    }

    private static String routeKey(String conversationId, String messageId) {
        return "gateway:wechat:route:" + conversationId + ":" + messageId;
    }
}
