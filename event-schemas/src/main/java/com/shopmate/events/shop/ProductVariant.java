package com.shopmate.events.shop;

/** Stock of one size of a product sold in sizes. */
public record ProductVariant(String size, int stock) {
}
