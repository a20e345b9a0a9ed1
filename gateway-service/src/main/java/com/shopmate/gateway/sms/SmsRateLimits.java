package com.shopmate.gateway.sms;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;

/**
 * Two fixed-window counters in Redis (shared by every gateway instance): messages in from one number per minute,
 * so a looping auto-responder cannot flood the bot; and messages out to one conversation per window, so a bug or a
 * loop cannot run up the provider's bill. Each window's key expires on its own.
 */
@ApplicationScoped
public class SmsRateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ReactiveRedisDataSource redis;
    private final SmsConfig config;

    public SmsRateLimits(ReactiveRedisDataSource redis, SmsConfig config) {
        this.redis = redis;
        this.config = config;
    }

    /** Counts one inbound message from {@code phone}; false once the number is over its limit this minute. */
    public Uni<Boolean> inboundAllowed(String phone) {
        String key = "gateway:sms:inbound-rate:" + phone + ":" + window(MINUTE);
        return counted(key, 1, MINUTE).map(count -> count <= config.inbound().maxPerMinute());
    }

    /**
     * Reserves {@code messages} outbound messages of the conversation's window; false (and nothing reserved) when
     * they would go over the cap.
     */
    public Uni<Boolean> reserveOutbound(String conversationId, int messages) {
        Duration window = config.outbound().capWindow();
        String key = "gateway:sms:sent-count:" + conversationId + ":" + window(window);
        return counted(key, messages, window).chain(count -> count <= config.outbound().capPerConversation()
                ? Uni.createFrom().item(true)
                : redis.value(Long.class).decrby(key, messages).replaceWith(false));
    }

    // The expiry is set on every count, so a key never outlives its window even if one call died half-way.
    private Uni<Long> counted(String key, long by, Duration window) {
        return redis.value(Long.class).incrby(key, by)
                .call(() -> redis.key().expire(key, window.multipliedBy(2)));
    }

    private static long window(Duration length) {
        return Instant.now().getEpochSecond() / Math.max(1, length.toSeconds());
    }
}
