package com.shopmate.shop.http;

import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopCustomer;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
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

import java.util.List;

/** The shop API (docs/shop-api.openapi.yaml) as the REST client calls it; paths are relative to the base URL. */
@Produces(MediaType.APPLICATION_JSON)
public interface ShopApiClient {

    String IDEMPOTENCY_KEY = "Idempotency-Key";
    String CONVERSATION_ID = "X-Conversation-Id";

    @GET
    @Path("/customers/{customerId}")
    Uni<ShopCustomer> customer(@PathParam("customerId") String customerId);

    @GET
    @Path("/customers")
    Uni<ShopCustomer> customerByPhone(@QueryParam("phone") String phone);

    @GET
    @Path("/orders/{orderId}")
    Uni<ShopOrder> order(@PathParam("orderId") String orderId);

    @GET
    @Path("/customers/{customerId}/orders")
    Uni<List<ShopOrder>> ordersOf(@PathParam("customerId") String customerId, @QueryParam("limit") int limit);

    @GET
    @Path("/orders/{orderId}/shipment")
    Uni<ShopShipment> shipment(@PathParam("orderId") String orderId);

    @GET
    @Path("/products/{sku}")
    Uni<ShopProduct> product(@PathParam("sku") String sku);

    @GET
    @Path("/products")
    Uni<List<ShopProduct>> searchProducts(@QueryParam("q") String text, @QueryParam("limit") int limit);

    @GET
    @Path("/catalog")
    Uni<List<ShopProduct>> catalog(@QueryParam("after") String afterSku, @QueryParam("limit") int limit);

    @GET
    @Path("/interactions")
    Uni<List<ShopInteraction>> interactions(@QueryParam("since") String since, @QueryParam("limit") int limit);

    @GET
    @Path("/orders/{orderId}/returns")
    Uni<List<ReturnRequest>> returnsOfOrder(@PathParam("orderId") String orderId);

    @GET
    @Path("/customers/{customerId}/returns")
    Uni<List<ReturnRequest>> returnsOf(@PathParam("customerId") String customerId);

    @GET
    @Path("/customers/{customerId}/coupons")
    Uni<List<IssuedCoupon>> usableCoupons(@PathParam("customerId") String customerId);

    @POST
    @Path("/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<ShopActionCompleted> apply(@HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
                                   @HeaderParam(CONVERSATION_ID) String conversationId, ShopActionRequested action);
}
