package com.shopmate.shop.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The numbers of the shop's policy file ({@code policies.json}) the reference back end enforces: return and exchange
 * windows, the delay compensation. Read from the file, never written into the code, so a shop edits its policy in
 * one place.
 */
public record ShopPolicy(
        ZoneId timeZone,
        String currency,
        JsonNode returnPolicies,
        int exchangeWindowDays,
        int qualityExchangeWindowDays,
        int qualityReturnWindowDays,
        int freeExchangesPerOrder,
        int dispatchDelayTriggerDays,
        int deliveryDelayTriggerDays,
        BigDecimal compensationCoupon,
        Duration compensationCouponValidity) {

    private static final int QUALITY_RETURN_DAYS = 7;
    private static final Duration COUPON_VALIDITY = Duration.ofDays(30);

    public static ShopPolicy fromClasspath(String resource, ObjectMapper json) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no shop policy file " + resource + " on the class path");
            }
            return of(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shop policy " + resource, e);
        }
    }

    static ShopPolicy of(JsonNode policies) {
        JsonNode exchanges = policies.path("exchanges");
        JsonNode dispatch = rule(policies, "dispatch_delay");
        JsonNode delivery = rule(policies, "delivery_delay");
        return new ShopPolicy(
                ZoneId.of(policies.path("timezone").asText("Asia/Shanghai")),
                policies.path("currency").asText("CNY"),
                policies.path("returns").path("policies"),
                exchanges.path("window_days").asInt(7),
                exchanges.path("quality_window_days").asInt(15),
                // "a quality problem within 7 days of delivery can be refunded" (returns.quality_guarantee): text only
                QUALITY_RETURN_DAYS,
                exchanges.path("free_exchanges_per_order").asInt(1),
                dispatch.path("trigger_days").asInt(3),
                delivery.path("trigger_days").asInt(3),
                delivery.path("coupon_cny").decimalValue(),
                // "valid for 30 days" (delay_compensation.limits): text only
                COUPON_VALIDITY);
    }

    private static JsonNode rule(JsonNode policies, String id) {
        for (JsonNode rule : policies.path("delay_compensation").path("rules")) {
            if (id.equals(rule.path("id").asText())) {
                return rule;
            }
        }
        throw new IllegalStateException("policies.json has no delay_compensation rule " + id);
    }

    /** Days after delivery a product of this return policy can be returned without a reason; 0: never. */
    public int noReasonReturnDays(String returnPolicy) {
        JsonNode policy = returnPolicies.path(returnPolicy);
        return policy.path("no_reason_return").asBoolean(false)
                || "unopened_only".equals(policy.path("no_reason_return").asText())
                ? policy.path("window_days").asInt(0) : 0;
    }

    /** Whether the product's return policy takes a no-reason return only while the item is unopened. */
    public boolean unopenedOnly(String returnPolicy) {
        return "unopened_only".equals(returnPolicies.path(returnPolicy).path("no_reason_return").asText());
    }

    /**
     * Whether a window of {@code days} after delivery is still open at {@code now}: counted in calendar days from the
     * day after delivery, closing at 24:00 shop time on day N (returns.window_counting).
     */
    public boolean withinDays(Instant deliveredAt, int days, Instant now) {
        Instant closes = deliveredAt.atZone(timeZone).toLocalDate().plusDays(days + 1L).atStartOfDay(timeZone)
                .toInstant();
        return now.isBefore(closes);
    }
}
