package com.shopmate.shop.seed;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

/**
 * {@code POST /admin/shop/reset} ({@code ./shopmate shop reset}): the demo shop again, dates shifted to now, in
 * place of whatever the shop's tables hold. An operator's call: the kit's admin filter wants the admin token.
 */
@Path("/admin/shop")
public class ShopResetResource {

    private final DemoShopLoader loader;

    ShopResetResource(DemoShopLoader loader) {
        this.loader = loader;
    }

    @POST
    @Path("/reset")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Map<String, Object>> reset() {
        return loader.load().map(loaded -> Map.of(
                "customers", loaded.customers(),
                "products", loaded.products(),
                "orders", loaded.orders(),
                "shipments", loaded.shipments(),
                "returns", loaded.returns(),
                "shiftedBySeconds", loaded.shiftedBy().toSeconds(),
                "tookMs", loaded.took().toMillis()));
    }
}
