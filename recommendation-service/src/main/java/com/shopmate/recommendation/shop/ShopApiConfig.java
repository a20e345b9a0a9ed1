package com.shopmate.recommendation.shop;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Where the shop API is and how to call it ({@code shopmate.reco.shop-api.*}, docs/operations.md). */
@ConfigMapping(prefix = "shopmate.reco.shop-api")
public interface ShopApiConfig {

    /** order-connector's {@code /admin/shop-api/v1}, or a shop's own server. */
    String baseUrl();

    /** The Authorization header's value; for order-connector, {@code Bearer <admin token>}. */
    Optional<String> auth();

    @WithDefault("5S")
    Duration timeout();
}
