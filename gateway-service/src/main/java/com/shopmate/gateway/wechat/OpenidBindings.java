package com.shopmate.gateway.wechat;

import com.shopmate.events.ShopperIdentity;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which of the shop's customers an openid is, as the shop's own login vouched for it ({@link WeChatBindingResource}):
 * a bound openid's messages carry that customer's identity; an unbound one's are anonymous. Gateway-owned Redis keys,
 * kept for {@code shopmate.wechat.binding-ttl} after the last binding.
 */
@ApplicationScoped
public class OpenidBindings {

    private final ReactiveValueCommands<String, String> values;
    private final WeChatConfig config;

    OpenidBindings(ReactiveRedisDataSource redis, WeChatConfig config) {
        this.values = redis.value(String.class);
        this.config = config;
    }

    Uni<Void> bind(String openid, String customerId) {
        return values.setex(key(openid), config.bindingTtl().toSeconds(), customerId);
    }

    Uni<Boolean> unbind(String openid) {
        return values.getdel(key(openid)).map(customerId -> customerId != null);
    }

    /** The identity of the openid's messages: the bound customer, or null (anonymous). */
    Uni<ShopperIdentity> identityOf(String openid) {
        return values.get(key(openid)).map(customerId -> customerId == null ? null
                : ShopperIdentity.wechatBinding(customerId));
    }

    private static String key(String openid) {
        return "gateway:wechat:binding:" + openid;
    }
}
