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
import com.shopmate.shop.backend.PhoneForms;
import com.shopmate.shop.backend.ProductMatch;
import com.shopmate.shop.backend.ShopBackend;
import com.shopmate.shop.backend.ShopBackendSelector;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The reference shop back end: the demo shop's data in PostgreSQL, read and changed through Hibernate Reactive. */
@ApplicationScoped
@Identifier(ShopBackendSelector.REFERENCE)
public class ReferenceShopBackend implements ShopBackend {

    private final ShopRecords records;
    private final ShopPolicy policy;
    private final ReferenceActions actions;

    ReferenceShopBackend(ObjectMapper json, @ConfigProperty(name = "shopmate.shop.policies") String policies,
                         Clock clock) {
        this.records = new ShopRecords(json);
        this.policy = ShopPolicy.fromClasspath(policies, json);
        this.actions = new ReferenceActions(this, records, policy, clock);
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
        return OrderItemRow.<OrderItemRow>list("orderId", order.orderId)
                .flatMap(items -> RefundRow.<RefundRow>find("orderId = ?1 and rmaId is null", order.orderId)
                        .firstResult()
                        .map(refund -> records.order(order, items, refund)));
    }

    @Override
    public Uni<List<ShopOrder>> ordersOf(String customerId, int limit) {
        return Panache.withSession(() -> OrderRow.<OrderRow>find("customerId", Sort.descending("placedAt"),
                        customerId).page(0, limit).list()
                .flatMap(orders -> sequence(orders.stream().map(this::orderRecord).toList())));
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
                        : productRecord(product).map(Optional::of)));
    }

    Uni<ShopProduct> productRecord(ProductRow product) {
        return ProductVariantRow.<ProductVariantRow>list("sku", Sort.ascending("size"), product.sku)
                .map(variants -> records.product(product, variants, policy.currency()));
    }

    @Override
    public Uni<List<ShopProduct>> searchProducts(String text, int limit) {
        // The catalogue is a few hundred rows: matched in memory, on the same rules any back end can use.
        return Panache.withSession(() -> ProductRow.<ProductRow>listAll()
                .flatMap(all -> {
                    List<ProductRow> best = ProductMatch.best(all, text, limit, p -> List.of(p.nameZh, p.nameEn,
                            nullToEmpty(p.brand), nullToEmpty(p.model), nullToEmpty(p.categoryZh),
                            nullToEmpty(p.categoryEn), p.category));
                    return sequence(best.stream().map(this::productRecord).toList());
                }));
    }

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
        Instant now = Instant.now();
        return Panache.withSession(() -> CouponRow.<CouponRow>list(
                        "customerId = ?1 and usedAt is null and validUntil > ?2", Sort.ascending("validUntil"),
                        customerId, now)
                .map(rows -> rows.stream().map(records::coupon).toList()));
    }

    @Override
    public Uni<ShopActionCompleted> apply(ShopActionRequested action, String conversationId) {
        return actions.apply(action, conversationId);
    }

    static <T> Uni<List<T>> sequence(List<Uni<T>> unis) {
        if (unis.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // One session runs one statement at a time: in order, not combined.
        Uni<List<T>> all = Uni.createFrom().item(new java.util.ArrayList<>());
        for (Uni<T> next : unis) {
            all = all.flatMap(list -> next.map(item -> {
                list.add(item);
                return list;
            }));
        }
        return all.map(List::copyOf);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
