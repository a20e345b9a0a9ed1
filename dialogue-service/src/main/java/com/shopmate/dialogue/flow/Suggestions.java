package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.context.Memory;
import com.shopmate.dialogue.emotion.ToneReading;
import com.shopmate.dialogue.recommend.Wishes;
import com.shopmate.events.MarketingPreferenceChanged;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationsReady;
import com.shopmate.events.RecommendationsReady.Recommendation;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.OrderItem;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import io.smallrye.mutiny.Uni;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Suggestions in the conversation: the answer to "推荐一款500元以内的蓝牙耳机" and its follow-ups, a cross-sell after an
 * order's status (only for a shopper in a good mood who has not opted out, once a conversation), and the opt-out.
 * What is suggested, and whether an unasked suggestion may be made at all, is recommendation-service's; every price
 * and stock told is the product's as it answered.
 */
final class Suggestions {

    private static final String OPTED_OUT = "optedOut";
    private static final String CROSS_SOLD = "crossSold";
    private static final Pattern LIKE_THIS = Pattern.compile(
            "类似|相似|差不多|同款|搭配|配这|配套|(?i:similar|like (this|that|it)|goes? with|match(es|ing)?)");

    private Suggestions() {
    }

    /** The shopper asked for suggestions (or for others than the ones just shown). */
    static Uni<Outcome> answer(FlowTurn turn) {
        Memory memory = turn.memory();
        boolean shownBefore = memory.offers().containsKey(Wishes.PRICES) && "product".equals(memory.shownKind());
        String category = turn.entity("category").orElse(null);
        boolean refining = shownBefore && Wishes.refines(turn.text())
                && (category == null || category.equals(memory.offers().get(Wishes.CATEGORY)));
        Map<String, String> wishes = new HashMap<>(Wishes.read(turn.text(), turn.understood().entities(),
                memory.offers(), refining));
        List<String> named = turn.entities("product");
        boolean likeThis = LIKE_THIS.matcher(turn.text()).find();
        List<String> anchors = likeThis && !named.isEmpty() ? List.of(named.get(0))
                : likeThis && !memory.products().isEmpty() ? List.of(memory.products().get(0)) : List.of();
        // "蓝牙耳机" is read as products named so, not as the category: the category is theirs.
        String kindOf = wishes.containsKey(Wishes.CATEGORY) ? null
                : !anchors.isEmpty() ? anchors.get(0) : named.isEmpty() ? null : named.get(0);
        Uni<Optional<ShopProduct>> typical = kindOf == null ? Uni.createFrom().item(Optional.empty())
                : turn.product(kindOf);
        return typical.chain(product -> {
            product.ifPresent(p -> wishes.put(Wishes.CATEGORY, p.category()));
            RecommendationRequested request = new RecommendationRequested(
                    turn.understood().utteranceId() + "/reco", RecommendationRequested.ASKED, turn.language(),
                    turn.customerId(), turn.senderPhone(), Wishes.wanted(wishes), anchors,
                    refining ? memory.shown() : List.of(), 3, wishes.get(Wishes.TEXT));
            return turn.recommend(request);
        }).chain(ready -> switch (ready.outcome()) {
            case RecommendationsReady.OK -> show(turn, ready.items(), wishes);
            case RecommendationsReady.NONE -> {
                turn.remember(turn.memory().withOffers(keep(turn.memory(), wishes, List.of())));
                turn.reply(turn.say(refining ? "recommend.no_more" : "recommend.none"));
                yield Uni.createFrom().item(Outcome.END);
            }
            default -> {
                turn.reply(turn.say("recommend.unavailable"));
                yield Uni.createFrom().item(Outcome.END);
            }
        });
    }

    private static Uni<Outcome> show(FlowTurn turn, List<Recommendation> items, Map<String, String> wishes) {
        List<String> skus = items.stream().map(item -> item.product().sku()).toList();
        Memory memory = turn.memory().showing("product", skus)
                .withOffers(keep(turn.memory(), wishes, items.stream().map(i -> i.product().price()).toList()));
        turn.remember(memory.mentioningProduct(skus.get(0)));
        return coupon(turn, items.get(0).product()).map(coupon -> {
            for (int i = 0; i < items.size(); i++) {
                Recommendation item = items.get(i);
                String line = turn.say("recommend.item", itemFacts(turn, i + 1, item));
                String text = (i == 0 ? turn.say("recommend.intro") + "\n" : "") + line
                        + (i == items.size() - 1 ? coupon.map(c -> "\n" + c).orElse("") : "");
                List<String> quick = i == items.size() - 1 ? turn.quickReplies("recommend.item") : List.of();
                turn.reply(text, quick, Answers.productCard(turn, item.product()));
            }
            return Outcome.END;
        });
    }

    /** A coupon the customer holds that the first suggestion reaches, the best one. */
    private static Uni<Optional<String>> coupon(FlowTurn turn, ShopProduct first) {
        if (turn.customerId() == null || "true".equals(turn.memory().offers().get(OPTED_OUT))) {
            return Uni.createFrom().item(Optional.empty());
        }
        return turn.ask("eligible_coupons", null, null, null, null).map(answer -> answer.coupons().stream()
                        .filter(c -> c.minSpend() == null || first.price().compareTo(c.minSpend()) >= 0)
                        .max(Comparator.comparing(IssuedCoupon::amount))
                        .map(c -> turn.say("recommend.coupon", Map.of("coupon", Facts.text(turn, c.name()),
                                "amount", Facts.money(c.amount()), "until", Facts.day(turn, c.validUntil())))))
                .onFailure().recoverWithItem(Optional.empty());
    }

    /**
     * After an order's status: one suggestion that goes with what the shopper bought, if their mood is not
     * negative, they have not opted out and none was made in this conversation; recommendation-service checks the
     * shopper's own opt-out and cap again. Dropped quietly when it does not come in time.
     */
    static Uni<Void> crossSell(FlowTurn turn, ShopOrder order) {
        Memory memory = turn.memory();
        if (turn.customerId() == null || "true".equals(memory.offers().get(OPTED_OUT))
                || memory.offers().containsKey(CROSS_SOLD) || unhappy(memory.tones()) || order.items().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<String> bought = order.items().stream().map(OrderItem::sku).distinct().toList();
        RecommendationRequested request = new RecommendationRequested(
                turn.understood().utteranceId() + "/cross-sell", RecommendationRequested.CROSS_SELL,
                turn.language(), turn.customerId(), null, null, bought, List.of(), 1, null);
        return turn.recommend(request).invoke(ready -> {
            if (!RecommendationsReady.OK.equals(ready.outcome()) || ready.items().isEmpty()) {
                return;
            }
            Recommendation item = ready.items().get(0);
            Map<String, String> offers = new HashMap<>(turn.memory().offers());
            offers.put(CROSS_SOLD, item.product().sku());
            turn.remember(turn.memory().withOffers(offers));
            Map<String, Object> facts = itemFacts(turn, 1, item);
            facts.put("anchor", Facts.text(turn, order.items().get(0).name()));
            turn.reply(turn.say("recommend.cross_sell", facts), List.of(), Answers.productCard(turn, item.product()));
        }).replaceWithVoid();
    }

    /** "不要再推荐了" / "恢复推荐": remembered here at once, and with the shopper by recommendation-service. */
    static Uni<Void> changeConsent(FlowTurn turn, boolean optedOut) {
        Map<String, String> offers = new HashMap<>(turn.memory().offers());
        offers.put(OPTED_OUT, Boolean.toString(optedOut));
        turn.remember(turn.memory().withOffers(offers));
        turn.reply(turn.say(optedOut ? "marketing.opted_out" : "marketing.opted_in"));
        if (turn.customerId() == null && turn.senderPhone() == null) {
            return Uni.createFrom().voidItem();
        }
        return turn.preferenceChanged(new MarketingPreferenceChanged(turn.customerId(), turn.senderPhone(),
                optedOut, turn.text()));
    }

    private static boolean unhappy(List<ToneReading> tones) {
        return tones.stream().skip(Math.max(0, tones.size() - 2))
                .anyMatch(tone -> "negative".equals(tone.polarity()) || tone.distress() > 0);
    }

    private static Map<String, String> keep(Memory memory, Map<String, String> wishes, List<BigDecimal> prices) {
        Map<String, String> offers = new HashMap<>(wishes);
        for (String kept : List.of(OPTED_OUT, CROSS_SOLD)) {
            if (memory.offers().containsKey(kept)) {
                offers.put(kept, memory.offers().get(kept));
            }
        }
        if (!prices.isEmpty()) {
            offers.put(Wishes.PRICES, Wishes.prices(prices));
        }
        return offers;
    }

    private static Map<String, Object> itemFacts(FlowTurn turn, int number, Recommendation item) {
        ShopProduct p = item.product();
        Map<String, Object> facts = new HashMap<>();
        facts.put("n", number);
        facts.put("name", Facts.text(turn, p.name()));
        facts.put("price", Facts.money(p.price()));
        facts.put("stock", p.stock() <= 5 ? turn.say("product.low_stock", Map.of("count", p.stock()))
                : turn.say("product.in_stock", Map.of("count", p.stock())));
        facts.put("reason", reason(turn, item.reason()));
        return facts;
    }

    private static String reason(FlowTurn turn, RecommendationsReady.Reason reason) {
        Map<String, Object> values = new HashMap<>();
        values.put("name", reason.name() == null ? "" : Facts.text(turn, reason.name()));
        return turn.sayIfDefined("recommend.reason." + reason.kind(), values).orElse("");
    }
}
