package com.shopmate.shop.api;

import com.shopmate.errors.ApiException;
import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopCustomer;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
import com.shopmate.shop.backend.ShopBackend;
import com.shopmate.shop.backend.ShopBackendSelector;
import com.shopmate.shop.http.ShopApiClient;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The shop API (docs/shop-api.openapi.yaml) served over the reference back end: what a shop's own system must serve
 * for the HTTP back end, shown working on the demo shop, and the real server the HTTP back end is tested against.
 * Under {@code /admin/}, so the kit's admin filter wants the admin token: these answers are any customer's data.
 */
@Path(ShopApiResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
public class ShopApiResource {

    public static final String PATH = "/admin/shop-api/v1";

    private final ShopBackend shop;
    private final int defaultLimit;

    ShopApiResource(@Identifier(ShopBackendSelector.REFERENCE) ShopBackend shop,
                    @ConfigProperty(name = "shopmate.shop.default-limit") int defaultLimit) {
        this.shop = shop;
        this.defaultLimit = defaultLimit;
    }

    @GET
    @Path("/customers/{customerId}")
    public Uni<ShopCustomer> customer(@PathParam("customerId") String customerId) {
        return shop.customer(customerId).map(found -> orNotFound(found, "no customer " + customerId));
    }

    @GET
    @Path("/customers")
    public Uni<ShopCustomer> customerByPhone(@QueryParam("phone") String phone) {
        if (phone == null || !phone.matches("\\+[1-9][0-9]{6,14}")) {
            throw ApiException.badRequest("invalid_phone", "phone: the number in E.164, e.g. +8613812345678");
        }
        return shop.customerByPhone(phone).map(found -> orNotFound(found, "no customer registered with that number"));
    }

    @GET
    @Path("/orders/{orderId}")
    public Uni<ShopOrder> order(@PathParam("orderId") String orderId) {
        return shop.order(orderId).map(found -> orNotFound(found, "no order " + orderId));
    }

    @GET
    @Path("/customers/{customerId}/orders")
    public Uni<List<ShopOrder>> ordersOf(@PathParam("customerId") String customerId,
                                         @QueryParam("limit") Integer limit) {
        return shop.ordersOf(customerId, limit(limit));
    }

    @GET
    @Path("/orders/{orderId}/shipment")
    public Uni<ShopShipment> shipment(@PathParam("orderId") String orderId) {
        return shop.shipment(orderId).map(found -> orNotFound(found, "order " + orderId + " has not shipped"));
    }

    @GET
    @Path("/products/{sku}")
    public Uni<ShopProduct> product(@PathParam("sku") String sku) {
        return shop.product(sku).map(found -> orNotFound(found, "no product " + sku));
    }

    @GET
    @Path("/products")
    public Uni<List<ShopProduct>> searchProducts(@QueryParam("q") String text, @QueryParam("limit") Integer limit) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("invalid_query", "q: the words to search for, not blank");
        }
        return shop.searchProducts(text, limit(limit));
    }

    @GET
    @Path("/catalog")
    public Uni<List<ShopProduct>> catalog(@QueryParam("after") String afterSku, @QueryParam("limit") Integer limit) {
        return shop.catalog(afterSku, limit == null ? ShopBackend.MAX_LIMIT : limit(limit));
    }

    @GET
    @Path("/interactions")
    public Uni<List<ShopInteraction>> interactions(@QueryParam("since") String since,
                                                   @QueryParam("limit") Integer limit) {
        Instant from;
        try {
            from = since == null || since.isBlank() ? null : Instant.parse(since);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_since", "since: an ISO-8601 instant, e.g. 2026-12-01T00:00:00Z");
        }
        int size = limit == null ? ShopBackend.MAX_INTERACTIONS : limit;
        if (size < 1 || size > ShopBackend.MAX_INTERACTIONS) {
            throw ApiException.badRequest("invalid_limit", "limit: 1 to " + ShopBackend.MAX_INTERACTIONS);
        }
        return shop.interactions(from, size);
    }

    @GET
    @Path("/orders/{orderId}/returns")
    public Uni<List<ReturnRequest>> returnsOfOrder(@PathParam("orderId") String orderId) {
        return shop.returnsOfOrder(orderId);
    }

    @GET
    @Path("/customers/{customerId}/returns")
    public Uni<List<ReturnRequest>> returnsOf(@PathParam("customerId") String customerId) {
        return shop.returnsOf(customerId);
    }

    @GET
    @Path("/customers/{customerId}/coupons")
    public Uni<List<IssuedCoupon>> usableCoupons(@PathParam("customerId") String customerId) {
        return shop.usableCoupons(customerId);
    }

    /**
     * Applies the action once per actionId, which the {@code Idempotency-Key} header repeats: a caller that resends
     * after a timeout gets the first completion, whether or not it had arrived.
     */
    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ShopActionCompleted> apply(@HeaderParam(ShopApiClient.IDEMPOTENCY_KEY) String idempotencyKey,
                                          @HeaderParam(ShopApiClient.CONVERSATION_ID) String conversationId,
                                          ShopActionRequested action) {
        if (action == null) {
            throw ApiException.badRequest("invalid_body", "the body is a ShopActionRequested");
        }
        if (!action.actionId().equals(idempotencyKey)) {
            throw ApiException.badRequest("idempotency_key_mismatch", ShopApiClient.IDEMPOTENCY_KEY
                    + " must be the actionId " + action.actionId() + ", got " + idempotencyKey);
        }
        return shop.apply(action, conversationId);
    }

    private int limit(Integer asked) {
        if (asked == null) {
            return defaultLimit;
        }
        if (asked < 1 || asked > ShopBackend.MAX_LIMIT) {
            throw ApiException.badRequest("invalid_limit", "limit must be 1 to " + ShopBackend.MAX_LIMIT + ", got "
                    + asked);
        }
        return asked;
    }

    private static <T> T orNotFound(Optional<T> found, String message) {
        return found.orElseThrow(() -> new ApiException(404, "not_found", message));
    }
}
