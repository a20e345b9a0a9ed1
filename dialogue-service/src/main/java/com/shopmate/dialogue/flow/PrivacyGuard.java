package com.shopmate.dialogue.flow;

import com.shopmate.events.ShopperIdentity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Requests for somebody else's data, whatever the wording: a customer list, "all orders in the database",
 * "developer mode", another person's phone or customer number, a family member's orders. They are refused before
 * any flow runs; a flow never answers them with the shopper's own data either, which would read as compliance.
 */
final class PrivacyGuard {

    private static final List<String> OTHERS = List.of("所有客户", "所有用户", "全部客户", "全部用户", "客户列表",
            "用户列表", "客户名单", "其他客户", "数据库", "开发者模式", "开发模式", "忽略之前", "忽略以上", "系统提示",
            "all customers", "every customer", "customer list", "other customers", "all orders in", "database",
            "developer mode", "ignore previous", "ignore all previous", "system prompt", "family member",
            "someone else's", "another customer");
    // Somebody else's order, parcel or contact, or "I'm the owner's family"; "给我妈买的手机到哪了" is the shopper's own.
    private static final Pattern THIRD_PARTY = Pattern.compile("(家人|朋友|老婆|老公|妈妈|爸爸|我妈|我爸|她|他|别人"
            + "|其他人)的(订单|快递|包裹|手机号|电话|地址)|是.{0,24}(机主|号主).{0,4}(的)?(家人|朋友|亲戚)?"
            + "|(?i:my (wife|husband|friend|mother|father|mom|dad)'s (order|parcel|package|phone|address))");
    private static final Set<String> ORDER_QUESTIONS = Set.of("order_status", "logistics_tracking", "refund_status",
            "delivery_delay_complaint");
    private static final Pattern CUSTOMER_ID = Pattern.compile("\\bC\\d{4}\\b");

    private PrivacyGuard() {
    }

    static boolean asksForOthers(FlowTurn turn) {
        String lower = turn.text().toLowerCase(Locale.ROOT);
        if (OTHERS.stream().anyMatch(lower::contains) || THIRD_PARTY.matcher(turn.text()).find()) {
            return true;
        }
        String own = turn.customerId();
        if (CUSTOMER_ID.matcher(turn.text()).results().anyMatch(m -> !m.group().equals(own))) {
            return true;
        }
        if (!ORDER_QUESTIONS.contains(turn.intent())) {
            // A phone number in a new address, or given to verify, is no request for someone else's data.
            return false;
        }
        ShopperIdentity identity = turn.identity();
        String ownPhone = identity == null ? null : identity.phone();
        return turn.entities("phone").stream().anyMatch(phone -> ownPhone == null || !digits(phone)
                .endsWith(digits(ownPhone).substring(Math.max(0, digits(ownPhone).length() - 11))));
    }

    private static String digits(String phone) {
        return phone.replaceAll("\\D", "");
    }
}
