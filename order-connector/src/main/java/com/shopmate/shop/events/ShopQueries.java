package com.shopmate.shop.events;

import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;
import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopCustomer;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;
import com.shopmate.shop.backend.PhoneForms;
import com.shopmate.shop.backend.ShopBackend;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Answers a shop question from the back end, and only with what the asking customer may see: an order question
 * without a customer is {@code not_verified}; another customer's order is {@code not_owner}, with nothing of it.
 */
@ApplicationScoped
public class ShopQueries {

    private final ShopBackend backend;
    private final int defaultLimit;

    ShopQueries(ShopBackend backend, @ConfigProperty(name = "shopmate.shop.default-limit") int defaultLimit) {
        this.backend = backend;
        this.defaultLimit = defaultLimit;
    }

    public Uni<ShopQueryAnswered> answer(ShopQueryRequested query) {
        int limit = query.limit() == null || query.limit() < 1 ? defaultLimit : Math.min(query.limit(), ShopBackend.MAX_LIMIT);
        return switch (query.kind()) {
            case "product" -> query.sku() == null ? outcome(query, "invalid")
                    : backend.product(query.sku()).map(p -> p.map(product -> reply(query).products(List.of(product)))
                    .orElseGet(() -> reply(query).outcome("not_found")).build());
            case "product_search" -> query.text() == null || query.text().isBlank() ? outcome(query, "invalid")
                    : backend.searchProducts(query.text(), limit).map(found -> reply(query)
                    .outcome(found.isEmpty() ? "not_found" : "ok").products(found).build());
            case "customer" -> customer(query);
            case "customer_orders" -> verified(query, () -> backend.ordersOf(query.customerId(), limit)
                    .map(orders -> reply(query).orders(orders).build()));
            case "order" -> ownOrder(query, order -> Uni.createFrom().item(reply(query).orders(List.of(order))
                    .build()));
            case "shipment" -> ownOrder(query, order -> backend.shipment(order.orderId())
                    .map(shipment -> reply(query).orders(List.of(order))
                            .shipments(shipment.map(List::of).orElse(List.of())).build()));
            case "refund_status" -> query.orderId() == null
                    ? verified(query, () -> backend.returnsOf(query.customerId())
                    .map(returns -> reply(query).returns(returns).build()))
                    : ownOrder(query, order -> backend.returnsOfOrder(order.orderId())
                    .map(returns -> reply(query).orders(List.of(order)).returns(returns).build()));
            case "eligible_coupons" -> verified(query, () -> backend.usableCoupons(query.customerId())
                    .map(coupons -> reply(query).coupons(coupons).build()));
            default -> outcome(query, "invalid");
        };
    }

    /**
     * The customer's own account, or the one registered with the number a channel verified: how an SMS sender
     * becomes a customer. Nothing else is asked by phone.
     */
    private Uni<ShopQueryAnswered> customer(ShopQueryRequested query) {
        Uni<Optional<ShopCustomer>> found;
        if (query.customerId() != null) {
            found = backend.customer(query.customerId());
        } else if (query.phone() != null) {
            found = backend.customerByPhone(query.phone());
        } else {
            return outcome(query, "not_verified");
        }
        return found.map(customer -> customer.map(c -> reply(query).customers(List.of(c)))
                .orElseGet(() -> reply(query).outcome("not_found")).build());
    }

    private Uni<ShopQueryAnswered> verified(ShopQueryRequested query,
                                            Supplier<Uni<ShopQueryAnswered>> answering) {
        return query.customerId() == null ? outcome(query, "not_verified") : answering.get();
    }

    private Uni<ShopQueryAnswered> ownOrder(ShopQueryRequested query,
                                            Function<ShopOrder, Uni<ShopQueryAnswered>> answering) {
        if (query.orderId() == null) {
            return outcome(query, "invalid");
        }
        if (query.customerId() == null && query.phone() == null) {
            return outcome(query, "not_verified");
        }
        return backend.order(query.orderId()).flatMap((Optional<ShopOrder> found) -> found.isEmpty()
                ? outcome(query, "not_found")
                : asksAboutOwnOrder(query, found.get()).flatMap(own -> own ? answering.apply(found.get())
                : outcome(query, "not_owner")));
    }

    /**
     * Whether the order is the asker's: the verified customer's own, or, asked by a phone verified with an order
     * code, one whose delivery phone or customer's registered number it is.
     */
    private Uni<Boolean> asksAboutOwnOrder(ShopQueryRequested query, ShopOrder order) {
        if (query.customerId() != null) {
            return Uni.createFrom().item(order.customerId().equals(query.customerId()));
        }
        List<String> forms = PhoneForms.of(query.phone());
        if (order.shippingAddress() != null && forms.contains(order.shippingAddress().phone())) {
            return Uni.createFrom().item(true);
        }
        return backend.customer(order.customerId())
                .map(customer -> customer.filter(c -> forms.contains(c.phone())).isPresent());
    }

    private static Uni<ShopQueryAnswered> outcome(ShopQueryRequested query, String outcome) {
        return Uni.createFrom().item(reply(query).outcome(outcome).build());
    }

    private static Answer reply(ShopQueryRequested query) {
        return new Answer(query);
    }

    /** An answer being put together: ok and empty unless said otherwise. */
    private static final class Answer {
        private final ShopQueryRequested query;
        private String outcome = "ok";
        private List<ShopOrder> orders = List.of();
        private List<ShopShipment> shipments = List.of();
        private List<ShopProduct> products = List.of();
        private List<ReturnRequest> returns = List.of();
        private List<IssuedCoupon> coupons = List.of();
        private List<ShopCustomer> customers = List.of();

        Answer(ShopQueryRequested query) {
            this.query = query;
        }

        Answer outcome(String value) {
            outcome = value;
            return this;
        }

        Answer orders(List<ShopOrder> value) {
            orders = value;
            return this;
        }

        Answer shipments(List<ShopShipment> value) {
            shipments = value;
            return this;
        }

        Answer products(List<ShopProduct> value) {
            products = value;
            return this;
        }

        Answer returns(List<ReturnRequest> value) {
            returns = value;
            return this;
        }

        Answer coupons(List<IssuedCoupon> value) {
            coupons = value;
            return this;
        }

        Answer customers(List<ShopCustomer> value) {
            customers = value;
            return this;
        }

        ShopQueryAnswered build() {
            return new ShopQueryAnswered(query.queryId(), query.kind(), outcome, orders, shipments, products, returns,
                    coupons, customers);
        }
    }
}
