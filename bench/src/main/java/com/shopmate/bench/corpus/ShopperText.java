package com.shopmate.bench.corpus;

/**
 * One thing a shopper writes.
 *
 * @param text  as sent, or with {@link #ORDER_SLOT} where an order number goes
 * @param orderTemplate true when {@link #ORDER_SLOT} is in the text: the bench puts one of the writer's orders there
 */
public record ShopperText(String text, boolean orderTemplate) {

    public static final String ORDER_SLOT = "{order}";

    /** The text with the order number in its slot (unchanged when it has none). */
    public String withOrder(String orderId) {
        return orderTemplate ? text.replace(ORDER_SLOT, orderId) : text;
    }
}
