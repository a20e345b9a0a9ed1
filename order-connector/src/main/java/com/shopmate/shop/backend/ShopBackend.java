package com.shopmate.shop.backend;

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

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The shop's own systems, as order-connector serves them: the one interface a shop implements to plug in its order,
 * inventory and payment back end. Reads say nothing about who asks; order-connector checks that an order is the
 * asking customer's before it answers. Actions carry the customer and are the back end's to check, apply at most
 * once per {@code actionId} (a repeated id gets the first completion again) and refuse with a reason.
 * <p>
 * Implementations: the reference back end on PostgreSQL ({@code com.shopmate.shop.reference}) and a shop's own REST
 * API ({@code com.shopmate.shop.http}, the API in docs/shop-api.openapi.yaml); {@code shopmate.shop.backend} picks one
 * ({@link ShopBackendSelector}).
 */
public interface ShopBackend {

    /** The most orders or products one answer holds, whatever a caller asks for. */
    int MAX_LIMIT = 100;

    Uni<Optional<ShopCustomer>> customer(String customerId);

    /**
     * The customer registered with the number, given in E.164 ({@code +8613812345678}); a shop that keeps mainland
     * numbers without the country code matches them too.
     */
    Uni<Optional<ShopCustomer>> customerByPhone(String phone);

    Uni<Optional<ShopOrder>> order(String orderId);

    /** The customer's orders, newest first. */
    Uni<List<ShopOrder>> ordersOf(String customerId, int limit);

    /** The order's parcel; empty before it ships. */
    Uni<Optional<ShopShipment>> shipment(String orderId);

    Uni<Optional<ShopProduct>> product(String sku);

    /** Products whose name, brand, model or category match the words, best first. */
    Uni<List<ShopProduct>> searchProducts(String text, int limit);

    /** The most interactions one page of {@link #interactions} holds. */
    int MAX_INTERACTIONS = 1000;

    /**
     * The whole catalogue a page at a time, in SKU order: the products after {@code afterSku} (null: from the first).
     * What recommendations choose from.
     */
    Uni<List<ShopProduct>> catalog(String afterSku, int limit);

    /**
     * Purchases (each item of a paid order, at the order's time) and product views from {@code since} on
     * (inclusive; null: from the first), oldest first: what recommendations learn from. A reader pages on by passing
     * the last one's time again and skipping what it already has.
     */
    Uni<List<ShopInteraction>> interactions(Instant since, int limit);

    /** Returns and exchanges of an order, newest first. */
    Uni<List<ReturnRequest>> returnsOfOrder(String orderId);

    /** Returns and exchanges of all the customer's orders, newest first. */
    Uni<List<ReturnRequest>> returnsOf(String customerId);

    /** Coupons the customer holds, unused and still valid. */
    Uni<List<IssuedCoupon>> usableCoupons(String customerId);

    /** Applies the action once, or refuses it; {@code conversationId} goes into the audit log. */
    Uni<ShopActionCompleted> apply(ShopActionRequested action, String conversationId);
}
