package com.shopmate.events.shop;

import java.time.Instant;

/**
 * A customer bought or looked at a product: what recommendations learn from. The shop API lists them in time order
 * ({@code GET /interactions}); no event carries them.
 *
 * @param kind {@code purchase} (an item of a paid order, at the order's time) or {@code view} (a product page seen);
 *             an open list
 */
public record ShopInteraction(String customerId, String sku, String kind, Instant at) {

    public static final String PURCHASE = "purchase";
    public static final String VIEW = "view";
}
