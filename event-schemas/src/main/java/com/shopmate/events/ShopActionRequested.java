package com.shopmate.events;

import com.shopmate.events.shop.ShopAddress;

/**
 * A change to ask of the shop's back end, on behalf of one verified customer who confirmed it. Applied at most once
 * per {@code actionId}, whatever the redelivery: a repeated request gets the first one's {@link ShopActionCompleted}
 * again and changes nothing.
 *
 * @param actionId      chosen by the requester, unique per change (derive it from what caused it, so a retry
 *                      reuses it)
 * @param customerId    the verified customer; required: nobody changes an order anonymously
 * @param kind          {@code cancel_order}, {@code create_return}, {@code create_exchange},
 *                      {@code change_address}, {@code issue_compensation_coupon} (a closed list in v1)
 * @param orderId       the order changed (every kind)
 * @param sku           {@code create_return}, {@code create_exchange}: the item
 * @param qty           {@code create_return}: how many (default 1)
 * @param reason        {@code cancel_order}: {@code customer_request}; returns and exchanges: {@code size_issue},
 *                      {@code changed_mind}, {@code quality_issue}, ...; {@code issue_compensation_coupon}:
 *                      {@code dispatch_delay} or {@code delivery_delay}
 * @param itemCondition returns and exchanges: {@code unused}, {@code unopened} or {@code as_received}
 * @param size          {@code create_exchange}: the size wanted
 * @param color         {@code create_exchange}: the colour wanted, as the shop names it (zh or en)
 * @param address       {@code change_address}: the new address
 */
public record ShopActionRequested(
        String actionId,
        String customerId,
        String kind,
        String orderId,
        String sku,
        Integer qty,
        String reason,
        String itemCondition,
        String size,
        String color,
        ShopAddress address) implements EventPayload {

    public static final String TYPE = "ShopActionRequested";
    public static final int VERSION = 1;

    public ShopActionRequested {
        RequiredFields.require(actionId, "actionId");
        RequiredFields.require(customerId, "customerId");
        RequiredFields.require(kind, "kind");
        RequiredFields.require(orderId, "orderId");
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
