package com.shopmate.shop.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
import com.shopmate.events.shop.ShopCustomer;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.shop.backend.PhoneForms;
import com.shopmate.shop.backend.ProductMatch;
import com.shopmate.shop.backend.ShopBackend;
import com.shopmate.shop.backend.ShopBackendSelector;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The reference shop back end: the demo shop's data in PostgreSQL, read and changed through Hibernate Reactive. */
@ApplicationScoped
@Identifier(ShopBackendSelector.REFERENCE)
public class ReferenceShopBackend implements ShopBackend {

    private final ShopRecords records;
    private final ShopPolicy policy;
    private final ReferenceActions actions;
    private final Clock clock;
    private final Pool pool;

    ReferenceShopBackend(ObjectMapper json, @ConfigProperty(name = "shopmate.shop.policies") String policies,
                         Clock clock, Pool pool) {
        this.pool = pool;
        this.records = new ShopRecords(json);
        this.policy = ShopPolicy.fromClasspath(policies, json);
        this.actions = new ReferenceActions(this, records, policy, clock);
        this.clock = clock;
    }

    public ShopPolicy policy() {
        return policy;
    }

    @Override
    public Uni<Optional<ShopCustomer>> customer(String customerId) {
        return Panache.withSession(() -> CustomerRow.<CustomerRow>findById(customerId)
                .map(row -> Optional.ofNullable(row).map(records::customer)));
    }

    @Override
    public Uni<Optional<ShopCustomer>> customerByPhone(String phone) {
        return Panache.withSession(() -> CustomerRow.<CustomerRow>find("phone in ?1", PhoneForms.of(phone))
                .firstResult().map(row -> Optional.ofNullable(row).map(records::customer)));
    }

    @Override
    public Uni<Optional<ShopOrder>> order(String orderId) {
        return Panache.withSession(() -> OrderRow.<OrderRow>findById(orderId)
                .flatMap(order -> order == null ? Uni.createFrom().item(Optional.<ShopOrder>empty())
                        : orderRecord(order).map(Optional::of)));
    }

    /** Within a session: the order's items and cancellation refund, as the contract's record. */
    Uni<ShopOrder> orderRecord(OrderRow order) {
        return orderRecords(List.of(order)).map(orders -> orders.get(0));
    }

    /** Within a session, in the orders' order: their items and cancellation refunds in two queries, not two each. */
    private Uni<List<ShopOrder>> orderRecords(List<OrderRow> orders) {
        if (orders.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> ids = orders.stream().map(order -> order.orderId).toList();
        return OrderItemRow.<OrderItemRow>list("orderId in ?1", ids)
                .flatMap(items -> RefundRow.<RefundRow>list("orderId in ?1 and rmaId is null", ids).map(refunds -> {
                    Map<String, List<OrderItemRow>> itemsOf = items.stream()
                            .collect(Collectors.groupingBy(item -> item.orderId));
                    Map<String, RefundRow> refundOf = refunds.stream()
                            .collect(Collectors.toMap(refund -> refund.orderId, refund -> refund, (a, b) -> a));
                    return orders.stream().map(order -> records.order(order,
                            itemsOf.getOrDefault(order.orderId, List.of()), refundOf.get(order.orderId))).toList();
                }));
    }

    @Override
    public Uni<List<ShopOrder>> ordersOf(String customerId, int limit) {
        return Panache.withSession(() -> OrderRow.<OrderRow>find("customerId", Sort.descending("placedAt"),
                customerId).page(0, limit).list().flatMap(this::orderRecords));
    }

    @Override
    public Uni<Optional<ShopShipment>> shipment(String orderId) {
        return Panache.withSession(() -> ShipmentRow.<ShipmentRow>findById(orderId)
                .flatMap(shipment -> shipment == null ? Uni.createFrom().item(Optional.<ShopShipment>empty())
                        : TrackingEventRow.<TrackingEventRow>list("orderId", orderId)
                        .map(events -> Optional.of(records.shipment(shipment, events)))));
    }

    @Override
    public Uni<Optional<ShopProduct>> product(String sku) {
        return Panache.withSession(() -> ProductRow.<ProductRow>findById(sku)
                .flatMap(product -> product == null ? Uni.createFrom().item(Optional.<ShopProduct>empty())
                        : productRecords(List.of(product)).map(found -> Optional.of(found.get(0)))));
    }

    /** Within a session, in the products' order: their stock per size in one query. */
    private Uni<List<ShopProduct>> productRecords(List<ProductRow> products) {
        if (products.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return ProductVariantRow.<ProductVariantRow>list("sku in ?1", Sort.ascending("size"),
                        products.stream().map(product -> product.sku).toList())
                .map(variants -> {
                    Map<String, List<ProductVariantRow>> sizesOf = variants.stream()
                            .collect(Collectors.groupingBy(variant -> variant.sku));
                    return products.stream().map(product -> records.product(product,
                            sizesOf.getOrDefault(product.sku, List.of()), policy.currency())).toList();
                });
    }

    @Override
    public Uni<List<ShopProduct>> searchProducts(String text, int limit) {
        // The catalogue is a few hundred rows: matched in memory, on the same rules any back end can use.
        return Panache.withSession(() -> ProductRow.<ProductRow>listAll()
                .flatMap(all -> {
                    List<ProductRow> best = ProductMatch.best(all, text, limit, p -> List.of(p.nameZh, p.nameEn,
                            nullToEmpty(p.brand), nullToEmpty(p.model), nullToEmpty(p.categoryZh),
                            nullToEmpty(p.categoryEn), p.category));
                    return productRecords(best);
                }));
    }

    @Override
    public Uni<List<ShopProduct>> catalog(String afterSku, int limit) {
        return Panache.withSession(() -> ProductRow.<ProductRow>find("sku > ?1", Sort.ascending("sku"),
                        afterSku == null ? "" : afterSku)
                .range(0, limit - 1).list()
                .flatMap(this::productRecords));
    }

    @Override
    public Uni<List<ShopInteraction>> interactions(Instant since, int limit) {
        return pool.preparedQuery(INTERACTIONS)
                .execute(Tuple.of((since == null ? Instant.EPOCH : since).atOffset(ZoneOffset.UTC), limit))
                .map(rows -> {
                    List<ShopInteraction> page = new ArrayList<>();
                    for (Row row : rows) {
                        page.add(new ShopInteraction(row.getString(0), row.getString(1), row.getString(2),
                                row.getOffsetDateTime(3).toInstant()));
                    }
                    return page;
                });
    }

    // A purchase is an item of an order that was paid (whatever became of it later); a view is a product page seen.
    private static final String INTERACTIONS = "select customer_id, sku, kind, at from ("
            + " select o.customer_id, i.sku, 'purchase' as kind, o.placed_at as at"
            + " from order_items i join orders o on o.order_id = i.order_id where o.paid_at is not null"
            + " union all select customer_id, sku, 'view', viewed_at from product_views) seen"
            + " where at >= $1 order by at, customer_id, sku, kind limit $2";

    @Override
    public Uni<List<ReturnRequest>> returnsOfOrder(String orderId) {
        return Panache.withSession(() -> ReturnRow.<ReturnRow>list("orderId", Sort.descending("requestedAt"),
                orderId).map(rows -> rows.stream().map(records::returnRequest).toList()));
    }

    @Override
    public Uni<List<ReturnRequest>> returnsOf(String customerId) {
        return Panache.withSession(() -> ReturnRow.<ReturnRow>list("customerId", Sort.descending("requestedAt"),
                customerId).map(rows -> rows.stream().map(records::returnRequest).toList()));
    }

    @Override
    public Uni<List<IssuedCoupon>> usableCoupons(String customerId) {
        Instant now = clock.instant();
        return Panache.withSession(() -> CouponRow.<CouponRow>list(
                        "customerId = ?1 and usedAt is null and validUntil > ?2", Sort.ascending("validUntil"),
                        customerId, now)
                .map(rows -> rows.stream().map(records::coupon).toList()));
    }

    @Override
    public Uni<ShopActionCompleted> apply(ShopActionRequested action, String conversationId) {
        return actions.apply(action, conversationId);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
