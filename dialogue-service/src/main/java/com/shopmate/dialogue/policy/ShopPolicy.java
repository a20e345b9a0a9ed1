package com.shopmate.dialogue.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The shop's policy file ({@code policies.json}, the demo shop's format): return windows, refund timelines, delay
 * compensation, cancellation and service hours. Every policy the bot states comes from here, in the shopper's
 * language, never from a template.
 */
public final class ShopPolicy {

    private final JsonNode root;

    private ShopPolicy(JsonNode root) {
        this.root = root;
    }

    public static ShopPolicy read(String file) {
        ObjectMapper json = new ObjectMapper();
        try {
            if (file != null && !file.isBlank()) {
                return new ShopPolicy(json.readTree(Files.readString(Path.of(file))));
            }
            try (InputStream in = ShopPolicy.class.getClassLoader().getResourceAsStream("shop/policies.json")) {
                if (in == null) {
                    throw new IllegalStateException("shop/policies.json missing from the classpath");
                }
                return new ShopPolicy(json.readTree(in));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("policy file unreadable: " + file, e);
        }
    }

    public ZoneId zone() {
        return ZoneId.of(root.path("timezone").asText("Asia/Shanghai"));
    }

    public String shopName(String language) {
        return root.path("shop").path("name_" + language).asText("");
    }

    /** The return policy's display name, e.g. "7天无理由退货". */
    public String returnPolicyName(String policy, String language) {
        return text(root.path("returns").path("policies").path(policy).path("name"), language);
    }

    /** What the return policy asks of the item, e.g. "签收后7天内可无理由退货：商品及包装完好…". */
    public String returnConditions(String policy, String language) {
        return text(root.path("returns").path("policies").path(policy).path("conditions"), language);
    }

    public int returnWindowDays(String policy) {
        return root.path("returns").path("policies").path(policy).path("window_days").asInt(7);
    }

    /** {@code true}, {@code false} or {@code unopened_only}. */
    public String noReasonReturn(String policy) {
        return root.path("returns").path("policies").path(policy).path("no_reason_return").asText("true");
    }

    public String returnReason(String reason, String language) {
        return text(root.path("returns").path("reasons").path(reason), language);
    }

    public String windowCounting(String language) {
        return text(root.path("returns").path("window_counting"), language);
    }

    /** How a refund to {@code method} arrives ({@code alipay}, {@code wechat_pay}, {@code card}, {@code cod}). */
    public Optional<String> refundTimeline(String method, String language) {
        JsonNode timeline = root.path("refund_timelines").path(method).path("text");
        return timeline.isMissingNode() ? Optional.empty() : Optional.of(text(timeline, language));
    }

    /** A membership tier's display name ({@code gold} → 金卡会员), or the code when the file has none. */
    public String tierName(String code, String language) {
        for (JsonNode tier : root.path("membership").path("tiers")) {
            if (tier.path("code").asText().equals(code)) {
                return tier.path("name_" + language).asText(code);
            }
        }
        return code;
    }

    public int unpaidAutoCancelHours() {
        return root.path("order_cancellation").path("unpaid_auto_cancel_hours").asInt(24);
    }

    public String cancellationRule(String language) {
        return text(root.path("order_cancellation").path("rule"), language);
    }

    /** What can be done about an address once an order has shipped. */
    public String addressChangeRule(String language) {
        return text(root.path("shipping").path("address_change"), language);
    }

    /** Where the shop delivers. */
    public String coverage(String language) {
        return text(root.path("shipping").path("coverage"), language);
    }

    public String exchangeRule(String language) {
        return text(root.path("exchanges").path("size_or_colour"), language);
    }

    public String serviceHours(String language) {
        return text(root.path("customer_service").path("text"), language);
    }

    /** The agents' hours as the policy writes them: "09:00–22:00", or empty when it gives none. */
    public String agentHours() {
        return root.path("customer_service").path("human_agent_hours").asText("");
    }

    /** The handoff rule for shoppers (tickets outside agents' hours), in the language. */
    public String handoffRule(String language) {
        return text(root.path("customer_service").path("handoff"), language);
    }

    public String verificationRule(String language) {
        return text(root.path("privacy_and_verification").path("rule"), language);
    }

    /** A delay compensation rule: {@code dispatch_delay}, {@code delivery_delay}, {@code long_delay}. */
    public Optional<DelayRule> delayRule(String id) {
        for (JsonNode rule : root.path("delay_compensation").path("rules")) {
            if (id.equals(rule.path("id").asText())) {
                return Optional.of(new DelayRule(id, rule.path("trigger_days").asInt(),
                        new BigDecimal(rule.path("coupon_cny").asText("0")), rule.path("text")));
            }
        }
        return Optional.empty();
    }

    public record DelayRule(String id, int triggerDays, BigDecimal coupon, JsonNode textNode) {
        public String text(String language) {
            return ShopPolicy.text(textNode, language);
        }
    }

    static String text(JsonNode localized, String language) {
        String found = localized.path(language).asText("");
        return found.isEmpty() ? localized.path("zh").asText("") : found;
    }
}
