package com.shopmate.gateway.sms;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;

/**
 * The numbers that texted STOP: nothing more is sent to them until they text START. Kept without a TTL under a
 * gateway-owned key: an opt-out is the shopper's word, and it does not wear off.
 */
@ApplicationScoped
public class SmsOptOuts {

    private final ReactiveRedisDataSource redis;

    public SmsOptOuts(ReactiveRedisDataSource redis) {
        this.redis = redis;
    }

    /** Records the opt-out; true when the number was subscribed until now. */
    public Uni<Boolean> optOut(String phone) {
        return redis.value(String.class).setnx(key(phone), Instant.now().toString());
    }

    /** Lifts the opt-out; true when there was one. */
    public Uni<Boolean> optIn(String phone) {
        return redis.key().del(key(phone)).map(removed -> removed > 0);
    }

    public Uni<Boolean> isOptedOut(String phone) {
        return redis.key().exists(key(phone));
    }

    private static String key(String phone) {
        return "gateway:sms:opted-out:" + phone;
    }
}
