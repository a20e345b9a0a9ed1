package com.shopmate.events;

import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopCustomer;
import com.shopmate.events.shop.ShopOrder;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.events.shop.ShopShipment;

import java.util.List;

/**
 * The back end's answer to a {@link ShopQueryRequested}. Only what the customer may see: an order of another
 * customer is {@code not_owner} and nothing of it is in the answer.
 *
 * @param queryId   the question's
 * @param kind      the question's kind
 * @param outcome   {@code ok}; {@code not_found} (no such order, product or customer); {@code not_owner} (the order is another
 *                  customer's); {@code not_verified} (an order question without a customer); {@code invalid} (the
 *                  question misses what its kind needs); {@code unavailable} (the shop's system did not answer)
 * @param orders    {@code customer_orders}: newest first; {@code order}, {@code refund_status}: the order
 * @param shipments {@code shipment}: the order's parcel (none before it ships)
 * @param products  {@code product}: the product; {@code product_search}: the best matches, best first
 * @param returns   {@code refund_status}: the returns and exchanges of the order (or the customer), newest first
 * @param coupons   {@code eligible_coupons}: coupons the customer holds and can still use
 * @param customers {@code customer}: the customer's account (the one asked for, or the one registered with the phone)
 */
public record ShopQueryAnswered(
        String queryId,
        String kind,
        String outcome,
        List<ShopOrder> orders,
        List<ShopShipment> shipments,
        List<ShopProduct> products,
        List<ReturnRequest> returns,
        List<IssuedCoupon> coupons,
        List<ShopCustomer> customers) implements EventPayload {

    public static final String TYPE = "ShopQueryAnswered";
    public static final int VERSION = 1;

    public ShopQueryAnswered {
        RequiredFields.require(queryId, "queryId");
        RequiredFields.require(kind, "kind");
        RequiredFields.require(outcome, "outcome");
        orders = orders == null ? List.of() : List.copyOf(orders);
        shipments = shipments == null ? List.of() : List.copyOf(shipments);
        products = products == null ? List.of() : List.copyOf(products);
        returns = returns == null ? List.of() : List.copyOf(returns);
        coupons = coupons == null ? List.of() : List.copyOf(coupons);
        customers = customers == null ? List.of() : List.copyOf(customers);
    }

    /** An answer about anything but a customer's account. */
    public ShopQueryAnswered(String queryId, String kind, String outcome, List<ShopOrder> orders,
                             List<ShopShipment> shipments, List<ShopProduct> products, List<ReturnRequest> returns,
                             List<IssuedCoupon> coupons) {
        this(queryId, kind, outcome, orders, shipments, products, returns, coupons, null);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public int schemaVersion() {
        return VERSION;
    }
}
