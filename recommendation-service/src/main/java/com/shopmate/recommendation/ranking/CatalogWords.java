package com.shopmate.recommendation.ranking;

import com.shopmate.events.shop.LocalizedText;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.recommendation.catalog.Catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Brands and features the shopper named in their own words, as the catalogue knows them: the shop's tags (蓝牙,
 * noise-cancelling) and brand names. Category names are taken out of the text first, so the 运动 of 运动鞋
 * (sneakers) is not the tag 运动 (sport).
 */
public final class CatalogWords {

    private final Set<String> features;
    private final Set<String> brands;
    private final List<String> categoryNames;

    private CatalogWords(Set<String> features, Set<String> brands, List<String> categoryNames) {
        this.features = features;
        this.brands = brands;
        this.categoryNames = categoryNames;
    }

    /**
     * @param notFeatures tags that are not a requirement when a shopper says them: "new", "budget", "gift" (a gift
     *                    is a preference, {@code Wanted.forWhom})
     */
    public static CatalogWords of(Catalog catalog, Set<String> notFeatures) {
        Set<String> features = new LinkedHashSet<>();
        Set<String> brands = new LinkedHashSet<>();
        Set<String> categories = new LinkedHashSet<>();
        for (ShopProduct product : catalog.products()) {
            for (LocalizedText tag : product.tags()) {
                addWord(features, tag.zh());
                addWord(features, tag.en());
            }
            addWord(brands, product.brand());
            // The shop writes its Chinese brand first in the Chinese name: 律森 Grove T8 ...
            if (product.name().zh() != null && product.name().zh().contains(" ")) {
                addWord(brands, product.name().zh().substring(0, product.name().zh().indexOf(' ')));
            }
            if (product.categoryName() != null) {
                addWord(categories, product.categoryName().zh());
                addWord(categories, product.categoryName().en());
            }
        }
        notFeatures.forEach(word -> features.remove(WantedMatch.normalise(word)));
        List<String> longestFirst = new ArrayList<>(categories);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return new CatalogWords(features, brands, longestFirst);
    }

    /** The tags the text names. */
    public List<String> featuresIn(String text) {
        String rest = withoutCategoryNames(text);
        return features.stream().filter(word -> mentions(rest, word)).toList();
    }

    /** The first brand the text names, or null. */
    public String brandIn(String text) {
        String said = WantedMatch.normalise(text);
        return brands.stream().filter(brand -> mentions(said, brand)).findFirst().orElse(null);
    }

    private String withoutCategoryNames(String text) {
        String rest = WantedMatch.normalise(text);
        for (String name : categoryNames) {
            rest = rest.replace(name, " ");
        }
        return rest;
    }

    // A Latin word must stand alone ("gps" not inside "gpsx"); Chinese has no spaces to go by.
    private static boolean mentions(String text, String word) {
        int at = text.indexOf(word);
        while (at >= 0) {
            boolean latin = word.chars().allMatch(c -> c < 128);
            boolean startOk = !latin || at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            int end = at + word.length();
            boolean endOk = !latin || end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = text.indexOf(word, at + 1);
        }
        return false;
    }

    private static void addWord(Set<String> words, String word) {
        String normal = WantedMatch.normalise(word);
        if (normal.length() >= 2) {
            words.add(normal);
        }
    }
}
