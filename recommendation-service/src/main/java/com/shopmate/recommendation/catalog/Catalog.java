package com.shopmate.recommendation.catalog;

import com.shopmate.events.shop.ShopProduct;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shop's products as read at one moment: what may be suggested, at the price and stock of {@code readAt}. */
public record Catalog(Map<String, ShopProduct> bySku, Instant readAt) {

    public static final Catalog EMPTY = new Catalog(Map.of(), null);

    public Catalog {
        bySku = Map.copyOf(bySku);
    }

    public static Catalog of(List<ShopProduct> products, Instant readAt) {
        Map<String, ShopProduct> bySku = new LinkedHashMap<>();
        products.forEach(product -> bySku.put(product.sku(), product));
        return new Catalog(bySku, readAt);
    }

    public Optional<ShopProduct> product(String sku) {
        return Optional.ofNullable(bySku.get(sku));
    }

    public Collection<ShopProduct> products() {
        return bySku.values();
    }

    /** Nothing read yet: recommendations answer {@code unavailable}. */
    public boolean isEmpty() {
        return bySku.isEmpty();
    }
}
