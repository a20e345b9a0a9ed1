package com.shopmate.recommendation.history;

import com.shopmate.events.shop.ShopInteraction;

import java.util.ArrayList;
import java.util.List;

/** A history as the model reads it: the products in time order, a product seen again right after itself once. */
public final class Sequences {

    private Sequences() {
    }

    public static List<String> products(List<ShopInteraction> history) {
        List<String> skus = new ArrayList<>();
        for (ShopInteraction seen : history) {
            if (skus.isEmpty() || !skus.get(skus.size() - 1).equals(seen.sku())) {
                skus.add(seen.sku());
            }
        }
        return skus;
    }
}
