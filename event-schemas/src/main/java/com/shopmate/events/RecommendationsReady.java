package com.shopmate.events;

import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.ShopProduct;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a {@link RecommendationRequested}: products that exist, are in stock and match everything the shopper
 * asked for, best first, each with why.
 *
 * @param requestId    the request's id
 * @param outcome      {@code ok} (items), {@code none} (nothing in stock matches), {@code opted_out} (a cross-sell
 *                     for a shopper who opted out of marketing), {@code capped} (a cross-sell past the shopper's
 *                     frequency cap) or {@code unavailable} (the catalogue could not be read yet)
 * @param items        empty unless {@code ok}
 * @param modelVersion the recommendation model that ranked them
 * @param catalogAt    when price and stock were read from the shop's back end
 */
public record RecommendationsReady(
        String requestId,
        String outcome,
        List<Recommendation> items,
        String modelVersion,
        Instant catalogAt) implements EventPayload {

    public static final String TYPE = "RecommendationsReady";
    public static final int VERSION = 1;
    public static final String OK = "ok";
    public static final String NONE = "none";
    public static final String OPTED_OUT = "opted_out";
    public static final String CAPPED = "capped";
    public static final String UNAVAILABLE = "unavailable";

    public RecommendationsReady {
        RequiredFields.require(requestId, "requestId");
        RequiredFields.require(outcome, "outcome");
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * One suggestion.
     *
     * @param product the product as the back end had it at {@code catalogAt}
     * @param score   the model's score, for ordering only
     * @param reason  why it is suggested
     */
    public record Recommendation(ShopProduct product, double score, Reason reason) {
    }

    /**
     * Why a product is suggested.
     *
     * @param kind {@code bought} (goes with something the shopper bought), {@code viewed} (with something they
     *             looked at), {@code together} (bought together with the product in question), {@code similar}
     *             (like the product in question), {@code popular} (popular in its category), {@code gift}
     *             (a popular gift); an open list
     * @param sku  the product the reason refers to, or null
     * @param name that product's name, or null
     */
    public record Reason(String kind, String sku, LocalizedText name) {
        public Reason {
            RequiredFields.require(kind, "kind");
        }
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
