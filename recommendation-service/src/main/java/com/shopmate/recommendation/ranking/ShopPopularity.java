package com.shopmate.recommendation.ranking;

import com.shopmate.events.shop.ShopProduct;

/**
 * What the shop's own figures say of a product's appeal, for a catalogue the model has little history of: reviews
 * (how many bought it) weighted by rating. Small beside the model's counts when they exist: a tie-breaker.
 */
final class ShopPopularity {

    private ShopPopularity() {
    }

    static double of(ShopProduct product) {
        return 0.01 * Math.log1p(Math.max(0, product.reviewCount())) * (product.rating() / 5.0);
    }
}
