package com.shopmate.events;

import com.shopmate.events.shop.IssuedCoupon;
import com.shopmate.events.shop.ReturnRequest;
import com.shopmate.events.shop.ShopOrder;

/**
 * What became of a {@link ShopActionRequested}: applied, or refused with a machine-readable reason.
 *
 * @param actionId      the request's
 * @param kind          the request's kind
 * @param outcome       {@code applied}, {@code refused}, or {@code unavailable} (the shop's system did not answer:
 *                      nothing was changed, the same actionId may be sent again)
 * @param reason        when refused: {@code not_owner}, {@code not_found}, {@code already_shipped},
 *                      {@code not_cancellable}, {@code outside_return_window}, {@code not_returnable_once_opened},
 *                      {@code not_exchangeable}, {@code out_of_stock}, {@code already_requested},
 *                      {@code not_eligible}, {@code already_compensated}, {@code invalid} (an open list)
 * @param detail        a sentence for logs and agents, not for the shopper
 * @param order         the order as it is after the action (also when refused, so the requester can explain)
 * @param returnRequest {@code create_return}, {@code create_exchange}: the RMA made
 * @param coupon        {@code issue_compensation_coupon}: the coupon issued
 */
public record ShopActionCompleted(
        String actionId,
        String kind,
        String outcome,
        String reason,
        String detail,
        ShopOrder order,
        ReturnRequest returnRequest,
        IssuedCoupon coupon) implements EventPayload {

    public static final String TYPE = "ShopActionCompleted";
    public static final int VERSION = 1;

    public ShopActionCompleted {
        RequiredFields.require(actionId, "actionId");
        RequiredFields.require(kind, "kind");
        RequiredFields.require(outcome, "outcome");
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
