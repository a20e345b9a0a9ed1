package com.shopmate.events.shop;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A product of the catalogue with its current price and stock.
 *
 * @param stock        units in stock, all sizes together; 0 is out of stock
 * @param sizes        stock per size, for products sold in sizes; empty otherwise
 * @param colors       the colours it comes in; empty when there is no choice
 * @param attributes   category specifics as the shop names them ({@code storage}, {@code battery_mah},
 *                     {@code material}, ...): JSON values
 * @param returnPolicy {@code 7day_no_reason}, {@code no_return_once_opened}, {@code 15day_quality_exchange} (an open
 *                     list; the rules are the shop's policy)
 * @param tags         the shop's labels for it ({@code gift}/送礼, {@code new}/新品, ...): what a recommendation for a
 *                     gift or a feature can go by; empty when the shop has none
 * @param imageUrl     the product's picture (an absolute http(s) URL) when the catalogue has one, else null
 */
public record ShopProduct(
        String sku,
        LocalizedText name,
        String category,
        LocalizedText categoryName,
        String brand,
        String model,
        BigDecimal price,
        String currency,
        int stock,
        List<ProductVariant> sizes,
        List<LocalizedText> colors,
        Map<String, Object> attributes,
        LocalizedText description,
        String returnPolicy,
        int warrantyMonths,
        double rating,
        int reviewCount,
        List<LocalizedText> tags,
        @JsonInclude(JsonInclude.Include.NON_NULL) String imageUrl) {

    public ShopProduct {
        tags = tags == null ? List.of() : List.copyOf(tags);
        sizes = sizes == null ? List.of() : List.copyOf(sizes);
        colors = colors == null ? List.of() : List.copyOf(colors);
        // An attribute without a value (no allergens, say) is left out: absent and null mean the same here.
        attributes = attributes == null ? Map.of() : attributes.entrySet().stream()
                .filter(entry -> entry.getKey() != null && entry.getValue() != null)
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A product without a picture. */
    public ShopProduct(String sku, LocalizedText name, String category, LocalizedText categoryName, String brand,
                       String model, BigDecimal price, String currency, int stock, List<ProductVariant> sizes,
                       List<LocalizedText> colors, Map<String, Object> attributes, LocalizedText description,
                       String returnPolicy, int warrantyMonths, double rating, int reviewCount,
                       List<LocalizedText> tags) {
        this(sku, name, category, categoryName, brand, model, price, currency, stock, sizes, colors, attributes,
                description, returnPolicy, warrantyMonths, rating, reviewCount, tags, null);
    }

    /** A product the shop labels nothing. */
    public ShopProduct(String sku, LocalizedText name, String category, LocalizedText categoryName, String brand,
                       String model, BigDecimal price, String currency, int stock, List<ProductVariant> sizes,
                       List<LocalizedText> colors, Map<String, Object> attributes, LocalizedText description,
                       String returnPolicy, int warrantyMonths, double rating, int reviewCount) {
        this(sku, name, category, categoryName, brand, model, price, currency, stock, sizes, colors, attributes,
                description, returnPolicy, warrantyMonths, rating, reviewCount, List.of());
    }
}
