package com.shopmate.recommendation.shop;

import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopProduct;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Reads the shop API page by page: the whole catalogue, and the interactions from a point in time on. */
@ApplicationScoped
public class ShopFeed {

    static final int CATALOG_PAGE = 100;
    public static final int INTERACTIONS_PAGE = 1000;

    private final ShopApi api;

    ShopFeed(ShopApiConfig config) {
        QuarkusRestClientBuilder builder = QuarkusRestClientBuilder.newBuilder()
                .baseUri(URI.create(config.baseUrl()))
                .connectTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        config.auth().ifPresent(value -> builder.register(
                (jakarta.ws.rs.client.ClientRequestFilter) request -> request.getHeaders()
                        .putSingle("Authorization", value)));
        this.api = builder.build(ShopApi.class);
    }

    /** Every product the shop sells, in SKU order. */
    public Uni<List<ShopProduct>> wholeCatalog() {
        return catalogAfter(null, new ArrayList<>());
    }

    private Uni<List<ShopProduct>> catalogAfter(String afterSku, List<ShopProduct> sofar) {
        return api.catalog(afterSku, CATALOG_PAGE).chain(page -> {
            sofar.addAll(page);
            return page.size() < CATALOG_PAGE ? Uni.createFrom().item(sofar)
                    : catalogAfter(page.get(page.size() - 1).sku(), sofar);
        });
    }

    /**
     * One page of interactions from {@code since} on (inclusive; null: from the first), oldest first. The caller
     * skips those it has already (the ones at exactly {@code since}).
     */
    public Uni<List<ShopInteraction>> interactionsFrom(Instant since) {
        return api.interactions(since == null ? null : since.toString(), INTERACTIONS_PAGE);
    }
}
