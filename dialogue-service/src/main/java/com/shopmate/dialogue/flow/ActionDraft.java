package com.shopmate.dialogue.flow;

import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.shop.ShopAddress;

/** A change a flow is about to ask of the shop, before it has its id and customer. */
public record ActionDraft(String kind, String orderId, String sku, Integer qty, String reason, String itemCondition,
                          String size, String color, ShopAddress address) {

    public static ActionDraft of(String kind, String orderId) {
        return new ActionDraft(kind, orderId, null, null, null, null, null, null, null);
    }

    ShopActionRequested request(String actionId, String customerId) {
        return new ShopActionRequested(actionId, customerId, kind, orderId, sku, qty, reason, itemCondition, size,
                color, address);
    }
}
