package com.shopmate.recommendation.shop;

import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopProduct;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The two reads of the shop API (docs/shop-api.openapi.yaml) recommendations need: the catalogue and what customers
 * bought and looked at. Served by order-connector over the reference back end, or by a shop's own system.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface ShopApi {

    @GET
    @Path("/catalog")
    Uni<List<ShopProduct>> catalog(@QueryParam("after") String afterSku, @QueryParam("limit") int limit);

    @GET
    @Path("/interactions")
    Uni<List<ShopInteraction>> interactions(@QueryParam("since") String since, @QueryParam("limit") int limit);
}
