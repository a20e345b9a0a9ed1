package com.shopmate.recommendation.shop;

import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopProduct;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/**
 * The shop API's two reads over the demo shop, served by the service under test itself: the shop's system the
 * service reads from, with the paging the API documents (order-connector's own ITs check its implementation of the
 * same API against PostgreSQL).
 */
@Path(DemoShopApiResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class DemoShopApiResource {

    public static final String PATH = "/test-shop-api/v1";

    @GET
    @Path("/catalog")
    public List<ShopProduct> catalog(@QueryParam("after") String after, @QueryParam("limit") Integer limit) {
        return DemoShop.catalog().stream().filter(p -> after == null || p.sku().compareTo(after) > 0)
                .limit(limit == null ? 100 : limit).toList();
    }

    @GET
    @Path("/interactions")
    public List<ShopInteraction> interactions(@QueryParam("since") String since, @QueryParam("limit") Integer limit) {
        Instant from = since == null ? Instant.EPOCH : Instant.parse(since);
        return DemoShop.interactions().stream().filter(i -> !i.at().isBefore(from))
                .limit(limit == null ? 1000 : limit).toList();
    }
}
