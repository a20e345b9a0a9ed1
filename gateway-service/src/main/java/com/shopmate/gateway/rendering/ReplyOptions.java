package com.shopmate.gateway.rendering;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The numbered options a text-only channel last offered in a conversation, so that a shopper who answers "2" is
 * understood as the second option: the bot downstream sees the option's words, as a widget button would send them.
 * Kept in Redis under a gateway-owned key, since the reply and the answer may reach different gateway instances.
 */
@ApplicationScoped
public class ReplyOptions {

    // A digit alone, half or full width, with spaces or a full stop around it: what people type to choose.
    private static final Pattern CHOICE = Pattern.compile("\\s*([0-9０-９]{1,2})\\s*[.。]?\\s*");

    private final ReactiveRedisDataSource redis;
    private final Duration remembered;

    public ReplyOptions(ReactiveRedisDataSource redis,
                        @ConfigProperty(name = "shopmate.gateway.options-ttl", defaultValue = "24H") Duration remembered) {
        this.redis = redis;
        this.remembered = remembered;
    }

    /** Remembers the options just offered; none offered forgets earlier ones, so a later "2" is taken as written. */
    public Uni<Void> offered(String conversationId, List<String> options) {
        String key = key(conversationId);
        if (options.isEmpty()) {
            return redis.key().del(key).replaceWithVoid();
        }
        // One value written in one round trip: this is on every SMS and WeChat reply.
        return redis.value(String.class).setex(key, remembered.toSeconds(), Json.encode(options));
    }

    /** The option the text chooses, or the text itself when it is not a number of an offered option. */
    public Uni<String> understood(String conversationId, String text) {
        int choice = choice(text);
        if (choice < 1) {
            return Uni.createFrom().item(text);
        }
        return redis.value(String.class).get(key(conversationId)).map(json -> {
            List<?> offered = json == null ? List.of() : new JsonArray(json).getList();
            return choice <= offered.size() ? offered.get(choice - 1).toString() : text;
        });
    }

    /** 1-based number the text is, or 0 when it is anything else. */
    static int choice(String text) {
        var matcher = CHOICE.matcher(text);
        if (!matcher.matches()) {
            return 0;
        }
        String digits = matcher.group(1).chars()
                .map(c -> c >= '０' && c <= '９' ? '0' + (c - '０') : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return Integer.parseInt(digits);
    }

    private static String key(String conversationId) {
        return "gateway:options:" + conversationId;
    }
}
