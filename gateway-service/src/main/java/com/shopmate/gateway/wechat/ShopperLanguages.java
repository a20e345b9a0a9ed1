package com.shopmate.gateway.wechat;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The language of the last reply an openid got, so what the gateway says by itself (the greeting, "text only") is in
 * the shopper's language; Chinese until the bot has answered them once.
 */
@ApplicationScoped
public class ShopperLanguages {

    static final String DEFAULT = "zh";

    private final ReactiveValueCommands<String, String> values;
    private final WeChatConfig config;

    ShopperLanguages(ReactiveRedisDataSource redis, WeChatConfig config) {
        this.values = redis.value(String.class);
        this.config = config;
    }

    Uni<Void> replied(String openid, String language) {
        return values.setex(key(openid), config.bindingTtl().toSeconds(), language);
    }

    Uni<String> of(String openid) {
        return values.get(key(openid)).map(language -> language == null ? DEFAULT : language);
    }

    private static String key(String openid) {
        return "gateway:wechat:language:" + openid;
    }
}
