package com.shopmate.dialogue.flow;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the conversation says more than the sentence: a product question about something the shopper bought and is
 * waiting for ("我买的 Trail L6 手表到哪了？") is about its parcel, and "which items are in it?" right after an order
 * is about that order. The NLU sees one sentence; this sees the memory too.
 */
final class IntentRefinement {

    private static final Set<String> PRODUCT_INTENTS = Set.of("product_price", "product_stock", "product_spec");
    private static final Pattern DELIVERY = Pattern.compile(
            "到哪|没到|还没到|怎么还没|物流|快递|包裹|送到|发货|(?i:where is|where's|arriv|deliver|parcel|shipped|tracking)");
    private static final Pattern ORDER_CONTENT = Pattern.compile(
            "包裹里|订单里|买了什么|买的是什么|都有什么|(?i:which items|what's in|what is in|what did i (?:buy|order)"
                    + "|how much did i pay)");

    private IntentRefinement() {
    }

    private static final Pattern HYPOTHETICAL = Pattern.compile("如果|假如|要是|万一|(?i:\\bif i\\b|\\bwould i\\b)");
    private static final Pattern WHY_CANCELLED = Pattern.compile(
            "为什么.{0,12}取消|怎么.{0,6}被取消|被取消|(?i:why (?:was|is|did|has).{0,40}cancel|got cancel"
                    + "|been cancel)");

    /** Intent of "if I buy X and don't like it, can I return it?": the product's return policy, no order. */
    static final String PRODUCT_RETURN_POLICY = "product_return_policy";

    /**
     * "便宜一点的", "还有别的吗" right after suggestions: more suggestions, whatever the sentence alone looks like.
     */
    static boolean followsSuggestions(FlowTurn turn) {
        return turn.memory().offers().containsKey(com.shopmate.dialogue.recommend.Wishes.PRICES)
                && "product".equals(turn.memory().shownKind()) && turn.entities("order_id").isEmpty()
                && References.positions(turn.text()).isEmpty()
                && com.shopmate.dialogue.recommend.Wishes.refines(turn.text());
    }

    static String refine(FlowTurn turn) {
        if (followsSuggestions(turn)) {
            return "recommendation_request";
        }
        String intent = turn.intent();
        boolean aboutProduct = !turn.entities("product").isEmpty() || !turn.memory().products().isEmpty();
        // Only a question before buying (or about the product just discussed) is about the policy: "can I swap
        // them for a 43?" from a customer who has them is an exchange.
        boolean beforeBuying = HYPOTHETICAL.matcher(turn.text()).find() || !turn.mayAskAboutOrders()
                || "product_info".equals(turn.memory().lastFlow());
        if (Set.of("return_request", "exchange_request").contains(intent) && aboutProduct && beforeBuying
                && com.shopmate.dialogue.faq.GeneralQuestion.about(turn.text())) {
            return PRODUCT_RETURN_POLICY;
        }
        if ("cancel_order".equals(intent) && WHY_CANCELLED.matcher(turn.text()).find()) {
            return "order_status";
        }
        if (!PRODUCT_INTENTS.contains(intent)) {
            return intent;
        }
        boolean namesAProduct = !turn.entities("product").isEmpty() || !turn.entities("brand").isEmpty()
                || !turn.entities("category").isEmpty();
        if (!namesAProduct && turn.memory().products().isEmpty() && !turn.memory().orders().isEmpty()) {
            // "When will it go out?" after an order: "it" is the order.
            return "order_status";
        }
        String text = turn.text().toLowerCase(Locale.ROOT);
        if (DELIVERY.matcher(text).find()) {
            return "logistics_tracking";
        }
        if (ORDER_CONTENT.matcher(text).find() && (turn.mayAskAboutOrders())) {
            return "order_status";
        }
        return intent;
    }
}
