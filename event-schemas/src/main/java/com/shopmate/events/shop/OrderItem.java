package com.shopmate.events.shop;

import java.math.BigDecimal;

/** One line of an order; the name is the one at the time of the order, colour and size the options chosen. */
public record OrderItem(String sku, LocalizedText name, int qty, BigDecimal unitPrice, LocalizedText color,
                        String size) {
}
