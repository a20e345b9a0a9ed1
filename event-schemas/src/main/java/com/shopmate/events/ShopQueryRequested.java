package com.shopmate.events;

/**
 * A question to the shop's back end (order-connector), asked on behalf of one verified customer. Answered by one
 * {@link ShopQueryAnswered} with the same {@code queryId}. Reading changes nothing, so a redelivered query is simply
 * answered again.
 *
 * @param queryId    chosen by the requester, unique; the answer carries it back
 * @param customerId the verified customer the question is asked for; absent when nobody is verified, and then only
 *                   {@code product} and {@code product_search} are answered
 * @param kind       {@code customer}, {@code customer_orders}, {@code order}, {@code shipment}, {@code product},
 *                   {@code product_search}, {@code refund_status}, {@code eligible_coupons} (a closed list in v1)
 * @param orderId    for {@code order}, {@code shipment}, {@code refund_status} (optional there: all the
 *                   customer's refunds)
 * @param sku        for {@code product}
 * @param text       for {@code product_search}: words of the product's name, brand, model or category
 * @param limit      at most this many orders or products (newest orders first); absent: the connector's default
 * @param phone      without a customerId, the number a channel verified (E.164): for {@code customer}, the customer
 *                   registered with it (an SMS sender); for {@code order}, {@code shipment} and {@code refund_status},
 *                   a number verified by an order code, answered only when it is the order's (its delivery phone or
 *                   its customer's). A mainland number in the shop's data without a country code is +86
 */
public record ShopQueryRequested(
        String queryId,
        String customerId,
        String kind,
        String orderId,
        String sku,
        String text,
        Integer limit,
        String phone) implements EventPayload {

    public static final String TYPE = "ShopQueryRequested";
    public static final int VERSION = 1;

    public ShopQueryRequested {
        RequiredFields.require(queryId, "queryId");
        RequiredFields.require(kind, "kind");
    }

    /** A question that names no phone: every kind but {@code customer} by phone. */
    public ShopQueryRequested(String queryId, String customerId, String kind, String orderId, String sku, String text,
                              Integer limit) {
        this(queryId, customerId, kind, orderId, sku, text, limit, null);
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
