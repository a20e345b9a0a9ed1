package com.shopmate.events;

import java.math.BigDecimal;
import java.util.List;

/**
 * A conversation asks for products to suggest. Answered by one {@link RecommendationsReady} with the same
 * {@code requestId}; asking changes nothing but the marketing cap, so a redelivered request is answered again and
 * counted once.
 *
 * @param requestId  chosen by the requester, unique; the answer carries it back
 * @param purpose    {@code asked} (the shopper asked for suggestions) or {@code cross_sell} (offered unasked after
 *                   another answer: refused for a shopper who opted out of marketing, and counted against the
 *                   shopper's frequency cap)
 * @param language   {@code zh} or {@code en}: the language of the reasons
 * @param customerId the verified customer, whose purchases and views personalise the answer; null for an anonymous
 *                   shopper (popular and similar products only)
 * @param phone      without a customerId, the number an SMS shopper writes from (E.164): the opt-out is theirs
 * @param wanted     what the shopper asked for; every item matches all of it
 * @param anchors    SKUs the conversation is about (a product just discussed, the items of an order just answered):
 *                   suggestions go with or resemble them
 * @param exclude    SKUs not to suggest (already shown)
 * @param limit      at most this many items (1 to 20; absent: 3)
 * @param text       what the shopper wrote: the service also reads from it the brands and features its catalogue
 *                   knows ("蓝牙", "noise-cancelling"), as requirements beside {@code wanted}
 */
public record RecommendationRequested(
        String requestId,
        String purpose,
        String language,
        String customerId,
        String phone,
        Wanted wanted,
        List<String> anchors,
        List<String> exclude,
        Integer limit,
        String text) implements EventPayload {

    public static final String TYPE = "RecommendationRequested";
    public static final int VERSION = 1;
    public static final String ASKED = "asked";
    public static final String CROSS_SELL = "cross_sell";

    public RecommendationRequested {
        RequiredFields.require(requestId, "requestId");
        RequiredFields.require(purpose, "purpose");
        wanted = wanted == null ? Wanted.ANYTHING : wanted;
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /**
     * Constraints the shopper gave; null or empty means any.
     *
     * @param category  the catalogue's category key ({@code headphones})
     * @param maxPrice  the budget ("500元以内"), inclusive, in the shop's currency
     * @param minPrice  a floor ("1000 以上"), inclusive
     * @param color     a colour the product must come in, as the shopper wrote it (zh or en)
     * @param size      a size it must have in stock
     * @param brand     the brand, as the shop or the shopper names it
     * @param features  words the product's name, attributes, tags or description must hold ({@code 蓝牙},
     *                  {@code noise cancelling})
     * @param forWhom   who it is for, when a gift ({@code mother}, {@code child}); favours gift-tagged products
     */
    public record Wanted(String category, BigDecimal maxPrice, BigDecimal minPrice, String color, String size,
                         String brand, List<String> features, String forWhom) {

        public static final Wanted ANYTHING = new Wanted(null, null, null, null, null, null, List.of(), null);

        public Wanted {
            features = features == null ? List.of() : List.copyOf(features);
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
