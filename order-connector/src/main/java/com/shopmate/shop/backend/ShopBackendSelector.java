package com.shopmate.shop.backend;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The back end order-connector serves through, chosen by {@code shopmate.shop.backend}: {@code reference} (the demo
 * shop in PostgreSQL, the default) or {@code http} (a shop's own REST API, docs/connectors.md). Each implementation
 * is a bean named by {@link Identifier}; this one is what an unqualified {@code ShopBackend} injects.
 */
public class ShopBackendSelector {

    public static final String REFERENCE = "reference";
    public static final String HTTP = "http";

    @Produces
    @Default
    @ApplicationScoped
    ShopBackend selected(@ConfigProperty(name = "shopmate.shop.backend", defaultValue = REFERENCE) String kind,
                         @Any Instance<ShopBackend> backends) {
        Instance<ShopBackend> chosen = backends.select(Identifier.Literal.of(kind));
        if (!chosen.isResolvable()) {
            throw new IllegalStateException("shopmate.shop.backend=" + kind + " is not a shop back end: use "
                    + REFERENCE + " or " + HTTP);
        }
        return chosen.get();
    }
}
