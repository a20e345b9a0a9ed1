package com.shopmate.gateway.identity;

import com.shopmate.errors.ApiException;
import com.shopmate.events.ShopperIdentity;
import com.shopmate.gateway.sms.SmsOutbound;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;

/**
 * An anonymous visitor verifies for one order: they give its number and the phone number it was placed with, a
 * one-time code goes to that phone by SMS, and the code they type back makes the conversation theirs for that order
 * ({@code identity: {phone, orderId, verifiedBy: order_code}}). Whether the phone is the order's is order-connector's
 * to check when it is asked about the order: a phone that is not the order's learns nothing, as it would without a
 * code. Codes expire; wrong tries and sends are limited. Codes are kept only as hashes, in gateway-owned keys.
 */
@ApplicationScoped
public class OrderCodes {

    private static final int DIGITS = 6;
    private static final String PENDING = "gateway:order-code:";
    private static final String SENDS = "gateway:order-code-sends:";

    private final ReactiveRedisDataSource redis;
    private final SmsOutbound sms;
    private final Duration validity;
    private final int maxAttempts;
    private final int maxSendsPerHour;
    private final Duration resendAfter;
    private final SecureRandom random = new SecureRandom();

    OrderCodes(ReactiveRedisDataSource redis, SmsOutbound sms,
               @ConfigProperty(name = "shopmate.identity.order-code.validity") Duration validity,
               @ConfigProperty(name = "shopmate.identity.order-code.max-attempts") int maxAttempts,
               @ConfigProperty(name = "shopmate.identity.order-code.max-sends-per-hour") int maxSendsPerHour,
               @ConfigProperty(name = "shopmate.identity.order-code.resend-after") Duration resendAfter) {
        this.redis = redis;
        this.sms = sms;
        this.validity = validity;
        this.maxAttempts = maxAttempts;
        this.maxSendsPerHour = maxSendsPerHour;
        this.resendAfter = resendAfter;
    }

    /** Sends a new code for {@code orderId} to {@code phone} (E.164), unless the limits say wait. */
    public Uni<Duration> send(String conversationId, String orderId, String phone, String language) {
        String sends = SENDS + conversationId;
        return redis.value(Long.class).incr(sends).chain(count -> {
            Uni<Void> window = count == 1 ? redis.key().expire(sends, Duration.ofHours(1)).replaceWithVoid()
                    : Uni.createFrom().voidItem();
            if (count > maxSendsPerHour) {
                return window.chain(() -> Uni.createFrom().failure(new ApiException(429, "too_many_codes",
                        "at most " + maxSendsPerHour + " codes an hour for one conversation; try again later")));
            }
            return window.chain(() -> redis.hash(String.class).hget(PENDING + conversationId, "sentAt"))
                    .chain(sentAt -> {
                        if (sentAt != null && System.currentTimeMillis() - Long.parseLong(sentAt)
                                < resendAfter.toMillis()) {
                            return Uni.createFrom().failure(new ApiException(429, "code_sent_recently",
                                    "a code was sent less than " + resendAfter.toSeconds() + " s ago"));
                        }
                        return sendNew(conversationId, orderId, phone, language);
                    });
        });
    }

    private Uni<Duration> sendNew(String conversationId, String orderId, String phone, String language) {
        String code = String.format("%0" + DIGITS + "d", random.nextInt((int) Math.pow(10, DIGITS)));
        String key = PENDING + conversationId;
        Map<String, String> pending = Map.of("orderId", orderId, "phone", phone, "attempts", "0",
                "sentAt", Long.toString(System.currentTimeMillis()),
                "codeHash", ConversationAccess.sha256(conversationId + ":" + code));
        String text = "en".equals(language)
                ? "Your code to check order " + orderId + " is " + code + ". It expires in "
                + validity.toMinutes() + " minutes. Never share it."
                : "您正在查询订单 " + orderId + "，验证码 " + code + "，" + validity.toMinutes() + "分钟内有效，请勿告诉他人。";
        return redis.key().del(key)
                .chain(() -> redis.hash(String.class).hset(key, pending))
                .chain(() -> redis.key().expire(key, validity))
                .chain(() -> sms.send(phone, text))
                .replaceWith(validity);
    }

    /** Checks a typed code; right, it is spent and the identity it proves is returned ({@link ConversationAccess} keeps it). */
    public Uni<ShopperIdentity> confirm(String conversationId, String code) {
        String key = PENDING + conversationId;
        return redis.hash(String.class).hgetall(key).chain(pending -> {
            if (pending == null || pending.isEmpty()) {
                return Uni.createFrom().failure(new ApiException(400, "no_code",
                        "no code is waiting: it expired or was never sent; ask for a new one"));
            }
            if (!ConversationAccess.sha256(conversationId + ":" + code.strip()).equals(pending.get("codeHash"))) {
                return redis.hash(String.class).hincrby(key, "attempts", 1).chain(attempts -> {
                    if (attempts >= maxAttempts) {
                        return redis.key().del(key).chain(() -> Uni.createFrom().failure(new ApiException(429,
                                "too_many_attempts", "too many wrong codes: ask for a new one")));
                    }
                    return Uni.createFrom().failure(new ApiException(400, "wrong_code",
                            "that is not the code; " + (maxAttempts - attempts) + " tries left"));
                });
            }
            ShopperIdentity verified = ShopperIdentity.orderCode(pending.get("phone"), pending.get("orderId"));
            return redis.key().del(key).replaceWith(verified);
        });
    }
}
