package com.shopmate.events.shop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as the shop's back end has it. Amounts are in {@code currency}. Absent timestamps have not happened
 * (or, for {@code payBy}, do not apply).
 *
 * @param status         {@code pending_payment}, {@code paid}, {@code shipped}, {@code delivered}, {@code cancelled},
 *                       {@code return_requested}, {@code returned}, {@code refunded} (an open list)
 * @param paymentMethod  {@code alipay}, {@code wechat_pay}, {@code card}, {@code cod} (an open list)
 * @param dispatchDueBy  the promised dispatch time; later earns the compensation the shop's policy gives
 * @param dispatchNote   why a paid order is late leaving the warehouse, when it is
 * @param cancelReason   {@code payment_timeout}, {@code customer_request}, {@code out_of_stock} (an open list)
 * @param refundAmount   refunded for a cancellation after payment; returns are refunded through their RMA
 */
public record ShopOrder(
        String orderId,
        String customerId,
        String status,
        List<OrderItem> items,
        BigDecimal subtotal,
        BigDecimal discount,
        String couponCode,
        BigDecimal shippingFee,
        BigDecimal total,
        String currency,
        String paymentMethod,
        Instant placedAt,
        Instant payBy,
        Instant paidAt,
        Instant dispatchDueBy,
        LocalizedText dispatchNote,
        Instant shippedAt,
        Instant deliveredAt,
        Instant cancelledAt,
        String cancelReason,
        BigDecimal refundAmount,
        Instant refundedAt,
        ShopAddress shippingAddress) {

    public ShopOrder {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
