package com.shopmate.events.shop;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A return (RMA) or an exchange of one item of an order.
 *
 * @param type          {@code return} (refund) or {@code exchange}
 * @param reason        {@code size_issue}, {@code changed_mind}, {@code quality_issue}, {@code not_as_described},
 *                      {@code wrong_item}, {@code damaged_in_transit} (an open list)
 * @param itemCondition {@code unused}, {@code unopened}, {@code as_received}
 * @param status        {@code requested}, {@code approved}, {@code return_in_transit}, {@code received},
 *                      {@code refunded}, {@code exchanged} (an open list)
 * @param refundAmount  what is refunded once the warehouse has the item (returns only)
 * @param refundTo      the original payment method, or {@code account_balance} for cash on delivery
 * @param exchangeSize  the size asked for in exchange, when it is one
 * @param exchangeColor the colour asked for in exchange, when it is one
 */
public record ReturnRequest(
        String rmaId,
        String orderId,
        String sku,
        int qty,
        String type,
        String reason,
        String itemCondition,
        String status,
        Instant requestedAt,
        Instant receivedAt,
        BigDecimal refundAmount,
        String refundTo,
        Instant refundedAt,
        String exchangeSize,
        LocalizedText exchangeColor) {
}
