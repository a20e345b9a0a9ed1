package com.shopmate.events.shop;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A coupon the shop gave a customer.
 *
 * @param reason  why: {@code delivery_delay}, {@code dispatch_delay}, {@code goodwill} (an open list)
 * @param orderId the order it compensates, when it does
 */
public record IssuedCoupon(String code, LocalizedText name, BigDecimal amount, BigDecimal minSpend, Instant issuedAt,
                           Instant validUntil, String reason, String orderId) {
}
