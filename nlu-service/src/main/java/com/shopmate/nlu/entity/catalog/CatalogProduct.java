package com.shopmate.nlu.entity.catalog;

import java.util.List;

/**
 * What entity extraction needs to know of a product: its names, brand, category and colours in both languages.
 *
 * @param sku         the product id, the value of a {@code product} entity
 * @param model       model name or style code ("Onyx K4", "SU-J2217"), may be null
 * @param reviewCount how many shoppers reviewed it: of equally good matches the better-known comes first
 */
public record CatalogProduct(String sku, String nameZh, String nameEn, String brand, String brandZh, String category,
        String categoryZh, String categoryEn, String model, List<ProductColor> colors, int reviewCount) {

    public CatalogProduct {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("a product without a sku");
        }
        if (nameZh == null && nameEn == null) {
            throw new IllegalArgumentException(sku + " has no name");
        }
        colors = colors == null ? List.of() : List.copyOf(colors);
    }

    public record ProductColor(String zh, String en) {
    }
}
