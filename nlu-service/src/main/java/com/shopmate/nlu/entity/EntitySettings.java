package com.shopmate.nlu.entity;

import java.time.ZoneId;
import java.util.Currency;

/** {@link EntityConfig} as plain values, checked; for building an extractor outside CDI too. */
public record EntitySettings(String orderIdPattern, String phoneRegion, ZoneId zone, String defaultCurrency,
        double productMinSimilarity, int productMaxCandidates) {

    /** The values shipped in application.properties. */
    public static final EntitySettings DEFAULTS = new EntitySettings("[A-Z]{2,4}\\d{8,20}|\\d{12,20}", "CN",
            ZoneId.of("Asia/Shanghai"), "CNY", 0.5, 3);

    public EntitySettings {
        if (orderIdPattern == null || orderIdPattern.isBlank()) {
            throw new IllegalArgumentException("order-id-pattern is empty");
        }
        if (phoneRegion == null || phoneRegion.length() != 2) {
            throw new IllegalArgumentException("phone-region must be a two-letter region, got '" + phoneRegion + "'");
        }
        Currency.getInstance(defaultCurrency); // an unknown code fails here, at start-up
        if (productMinSimilarity <= 0 || productMinSimilarity > 1) {
            throw new IllegalArgumentException("product-min-similarity must be in (0, 1], got " + productMinSimilarity);
        }
        if (productMaxCandidates < 1) {
            throw new IllegalArgumentException("product-max-candidates must be at least 1");
        }
    }

    public static EntitySettings from(EntityConfig config) {
        return new EntitySettings(config.orderIdPattern(), config.phoneRegion(), ZoneId.of(config.zone()),
                config.defaultCurrency(), config.productMinSimilarity(), config.productMaxCandidates());
    }

    public EntitySettings withOrderIdPattern(String pattern) {
        return new EntitySettings(pattern, phoneRegion, zone, defaultCurrency, productMinSimilarity,
                productMaxCandidates);
    }
}
