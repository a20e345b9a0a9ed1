package com.shopmate.shop.http;

import io.smallrye.config.ConfigMapping;

import java.net.URI;
import java.util.Optional;

/**
 * The HTTP back end's settings ({@code shopmate.shop.http.*}, docs/connectors.md). The guards' numbers are given to
 * SmallRye Fault Tolerance in application.properties; they are here too so that one place lists them all.
 */
@ConfigMapping(prefix = "shopmate.shop.http")
public interface HttpShopConfig {

    /** Where the shop serves the API, e.g. {@code https://erp.example.com/shopmate/v1}; needed for {@code http}. */
    Optional<URI> baseUrl();

    Auth auth();

    /** Connecting to the shop's server. */
    long connectTimeoutMs();

    /** Waiting for the answer once connected. */
    long readTimeoutMs();

    /** One attempt of a call, from asking to the answer read; a retry gets its own. */
    long timeoutMs();

    Retry retry();

    CircuitBreaker circuitBreaker();

    /** The header that proves the caller is order-connector, e.g. {@code Authorization: Bearer <token>}. */
    interface Auth {

        String header();

        /** The header's value: a secret, so an environment variable ({@code SHOPMATE_SHOP_HTTP_AUTH_VALUE}). */
        Optional<String> value();
    }

    interface Retry {

        /** Retries after a failed attempt (a timeout, a 5xx, no connection); a 4xx is an answer, not retried. */
        int maxRetries();

        long delayMs();
    }

    interface CircuitBreaker {

        /** Calls looked at before the breaker may open. */
        int requestVolumeThreshold();

        /** The share of those that failed which opens it. */
        double failureRatio();

        /** How long it stays open, calls failing at once, before one is let through to try. */
        long delayMs();
    }
}
