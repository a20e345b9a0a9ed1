package com.shopmate.recommendation.ranking;

import com.shopmate.events.RecommendationRequested.Wanted;
import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.ShopProduct;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a product is something the shopper may be offered: in stock and matching every wish (category, budget,
 * colour, size, brand, features). These are never relaxed: a suggestion outside them is a wrong answer, however
 * well it scores.
 */
public final class WantedMatch {

    // Colour words shoppers add that the shop's names leave out: 黑色 is sold as 曜石黑, "black" as "Obsidian Black".
    private static final Set<String> COLOUR_SUFFIXES = Set.of("色", "的");

    private WantedMatch() {
    }

    public static boolean matches(ShopProduct product, Wanted wanted) {
        return product.stock() > 0
                && (wanted.category() == null || wanted.category().equals(product.category()))
                && (wanted.maxPrice() == null || product.price().compareTo(wanted.maxPrice()) <= 0)
                && (wanted.minPrice() == null || product.price().compareTo(wanted.minPrice()) >= 0)
                && (wanted.color() == null || comesIn(product, wanted.color()))
                && (wanted.size() == null || inStockInSize(product, wanted.size()))
                && (wanted.brand() == null || isOfBrand(product, wanted.brand()))
                && wanted.features().stream().allMatch(feature -> has(product, feature));
    }

    static boolean comesIn(ShopProduct product, String color) {
        String wanted = colourStem(color);
        return !wanted.isEmpty() && product.colors().stream().anyMatch(c -> contains(c, wanted));
    }

    static boolean inStockInSize(ShopProduct product, String size) {
        return product.sizes().stream().anyMatch(v -> v.size().equalsIgnoreCase(size.trim()) && v.stock() > 0);
    }

    static boolean isOfBrand(ShopProduct product, String brand) {
        String wanted = normalise(brand);
        return (product.brand() != null && normalise(product.brand()).equals(wanted))
                || normalise(product.name().zh()).startsWith(wanted)
                || normalise(product.name().en()).startsWith(wanted);
    }

    /** A feature word in the product's name, tags, attributes or description, in either language. */
    static boolean has(ShopProduct product, String feature) {
        String wanted = normalise(feature);
        if (wanted.isEmpty()) {
            return true;
        }
        if (contains(product.name(), wanted) || contains(product.description(), wanted)
                || product.tags().stream().anyMatch(tag -> contains(tag, wanted))) {
            return true;
        }
        for (Map.Entry<String, Object> attribute : product.attributes().entrySet()) {
            Object value = attribute.getValue();
            boolean yes = Boolean.TRUE.equals(value);
            if ((yes && normalise(attribute.getKey()).contains(wanted))
                    || (!(value instanceof Boolean) && normalise(String.valueOf(value)).contains(wanted))) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(LocalizedText text, String wanted) {
        return text != null && (normalise(text.zh()).contains(wanted) || normalise(text.en()).contains(wanted));
    }

    private static String colourStem(String color) {
        String stem = normalise(color);
        for (String suffix : COLOUR_SUFFIXES) {
            if (stem.length() > 1 && stem.endsWith(suffix)) {
                stem = stem.substring(0, stem.length() - suffix.length());
            }
        }
        return stem;
    }

    /** Lower case, hyphens and underscores as spaces: "Noise-Cancelling" and "noise cancelling" are one word. */
    static String normalise(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ').trim();
    }
}
