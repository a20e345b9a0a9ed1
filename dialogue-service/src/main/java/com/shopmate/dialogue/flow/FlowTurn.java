package com.shopmate.dialogue.flow;

import com.shopmate.dialogue.context.Memory;
import com.shopmate.dialogue.context.Memory.FlowState;
import com.shopmate.dialogue.policy.ShopPolicy;
import com.shopmate.dialogue.reply.Wording;
import com.shopmate.dialogue.recommend.RecommendationClient;
import com.shopmate.dialogue.shop.ShopClient;
import com.shopmate.dialogue.shop.ShopUnavailableException;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.MarketingPreferenceChanged;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationsReady;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;
import com.shopmate.events.ShopperIdentity;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import io.smallrye.mutiny.Uni;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One shopper turn as the flows see it: what was understood, who is writing, what the conversation remembers, and
 * the replies being built. Flows read and change it; the turn handler saves its memory and sends its replies.
 */
public final class FlowTurn {

    private final EventEnvelope<IntentClassified> event;
    private final String language;
    private final int variant;
    private final ShopClient shop;
    private final RecommendationClient recommendations;
    private final ShopPolicy policy;
    private final Wording wording;
    private final Clock clock;
    private final List<ReplyComposed.Reply> replies = new ArrayList<>();
    private final Map<String, ShopOrder> ordersRead = new HashMap<>();
    private final Map<String, ShopProduct> productsRead = new HashMap<>();
    private Memory memory;
    private boolean resuming;
    private boolean toPeople;

    FlowTurn(EventEnvelope<IntentClassified> event, String language, int variant, Memory memory, ShopClient shop,
             RecommendationClient recommendations, ShopPolicy policy, Wording wording, Clock clock) {
        this.recommendations = recommendations;
        this.event = event;
        this.language = language;
        this.variant = variant;
        this.memory = memory;
        this.shop = shop;
        this.policy = policy;
        this.wording = wording;
        this.clock = clock;
    }

    public IntentClassified understood() {
        return event.payload();
    }

    /** The shopper's words; none once a resumed flow runs, so its question is asked again, not answered. */
    public String text() {
        return resuming ? "" : event.payload().text();
    }

    public String intent() {
        return resuming ? "" : event.payload().intent();
    }

    void resuming() {
        resuming = true;
    }

    public String language() {
        return language;
    }

    public boolean english() {
        return "en".equals(language);
    }

    public ShopPolicy policy() {
        return policy;
    }

    public Clock clock() {
        return clock;
    }

    public Memory memory() {
        return memory;
    }

    public void remember(Memory next) {
        memory = next;
    }

    public FlowState flow() {
        return memory.flow();
    }

    public void flow(FlowState next) {
        memory = memory.withFlow(next);
    }

    /** A {@code handoff} step ran: a person must take it from here. */
    void handOverToPeople() {
        toPeople = true;
    }

    public boolean handsOverToPeople() {
        return toPeople;
    }

    /** The highest total of the orders read this turn: what is at stake for an unhappy shopper. */
    public java.math.BigDecimal highestOrderValue() {
        return ordersRead.values().stream().map(ShopOrder::total).filter(java.util.Objects::nonNull)
                .max(java.math.BigDecimal::compareTo).orElse(null);
    }

    public List<ReplyComposed.Reply> replies() {
        return List.copyOf(replies);
    }

    // --- who is writing ---

    public ShopperIdentity identity() {
        return event.identity();
    }

    /** The verified customer: from the app's token, or the customer an SMS sender's number belongs to. */
    public String customerId() {
        ShopperIdentity identity = event.identity();
        if (identity == null) {
            return null;
        }
        return identity.customerId() != null ? identity.customerId() : memory.customerId();
    }

    /** The one order an order code verified, for a visitor who is no customer. */
    public String verifiedOrderId() {
        ShopperIdentity identity = event.identity();
        return identity == null ? null : identity.orderId();
    }

    public boolean mayAskAboutOrders() {
        return customerId() != null || verifiedOrderId() != null;
    }

    // --- entities ---

    public List<String> entities(String type) {
        if (resuming) {
            return List.of();
        }
        return event.payload().entities().stream().filter(e -> type.equals(e.type()))
                .map(IntentClassified.Entity::value).distinct().toList();
    }

    public Optional<String> entity(String type) {
        return entities(type).stream().findFirst();
    }

    // --- words ---

    public String say(String key, Map<String, ?> values) {
        return wording.say(key, language, variant, values);
    }

    public String say(String key) {
        return say(key, Map.of());
    }

    public Optional<String> sayIfDefined(String key, Map<String, ?> values) {
        return wording.has(key, language) ? Optional.of(say(key, values)) : Optional.empty();
    }

    public List<String> quickReplies(String key) {
        return wording.quickReplies(key, language);
    }

    public void reply(String text) {
        reply(text, List.of(), null);
    }

    public void reply(String text, List<String> quickReplies, ReplyComposed.Card card) {
        replies.add(new ReplyComposed.Reply(text, quickReplies, card));
    }

    /**
     * Nothing about an order until the shopper is verified: says how. The {@code verify} card lets a channel with
     * forms (the web widget) offer the order check itself instead of relying on the words of a quick reply.
     */
    public void replyVerificationNeeded() {
        reply(say("verify.needed"), quickReplies("verify.needed"),
                new ReplyComposed.Card("verify", "order", say("card.verify.title"), List.of()));
    }

    // --- the shop ---

    public Uni<ShopQueryAnswered> ask(String kind, String orderId, String sku, String text, Integer limit) {
        String customer = customerId();
        String phone = customer == null && event.identity() != null ? event.identity().phone() : null;
        ShopQueryRequested question = new ShopQueryRequested(UUID.randomUUID().toString(), customer, kind, orderId,
                sku, text, limit, phone);
        return shop.ask(event, question).invoke(answer -> {
            if ("unavailable".equals(answer.outcome())) {
                throw new ShopUnavailableException(kind);
            }
            answer.orders().forEach(o -> ordersRead.put(o.orderId(), o));
            answer.products().forEach(p -> productsRead.put(p.sku(), p));
        });
    }

    /** The shopper's order, read once per turn; empty when it does not exist or is not theirs (never told apart). */
    public Uni<Optional<ShopOrder>> order(String orderId) {
        ShopOrder known = ordersRead.get(orderId);
        if (known != null) {
            return Uni.createFrom().item(Optional.of(known));
        }
        return ask("order", orderId, null, null, null)
                .map(a -> "ok".equals(a.outcome()) ? a.orders().stream().findFirst() : Optional.empty());
    }

    public Uni<Optional<ShopProduct>> product(String sku) {
        ShopProduct known = productsRead.get(sku);
        if (known != null) {
            return Uni.createFrom().item(Optional.of(known));
        }
        return ask("product", null, sku, null, null).map(a -> a.products().stream().findFirst());
    }

    // --- recommendations ---

    /** Suggestions from recommendation-service, asked for this conversation. */
    public Uni<RecommendationsReady> recommend(RecommendationRequested request) {
        return recommendations.recommend(event, request);
    }

    /** An opt-out or opt-in, kept by recommendation-service with the customer (or the SMS sender's number). */
    public Uni<Void> preferenceChanged(MarketingPreferenceChanged change) {
        return recommendations.preferenceChanged(event, change);
    }

    /** The number an SMS shopper who is no known customer writes from, or null. */
    public String senderPhone() {
        return customerId() == null && event.identity() != null
                && ShopperIdentity.SMS_SENDER.equals(event.identity().verifiedBy()) ? event.identity().phone() : null;
    }

    /** An action for the flow under way; its id is the flow's, so a redelivered turn cannot apply it twice. */
    public Uni<ShopActionCompleted> act(ActionDraft action) {
        String actionId = UUID.nameUUIDFromBytes((flow().id() + "/" + action.kind()).getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).toString();
        return shop.act(event, action.request(actionId, customerId()));
    }
}
