package com.shopmate.recommendation.ranking;

import com.shopmate.events.RecommendationRequested.Wanted;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.recommendation.shop.DemoShop;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The wishes a suggestion never breaks, on the demo shop's products. */
class WantedMatchTest {

    private static final ShopProduct GROVE_T8 = DemoShop.product("SKU-10131");   // 489, bluetooth, Glacier Blue
    private static final ShopProduct RIPPLE_S7 = DemoShop.product("SKU-10166");  // out of stock
    private static final ShopProduct FLORAL_DRESS = DemoShop.product("SKU-10434");

    @Test
    void aProductOutOfStockIsNeverOffered() {
        assertFalse(WantedMatch.matches(RIPPLE_S7, Wanted.ANYTHING));
        assertTrue(WantedMatch.matches(GROVE_T8, Wanted.ANYTHING));
    }

    @Test
    void theBudgetIsACeilingAndAFloor_inclusive() {
        assertTrue(WantedMatch.matches(GROVE_T8, wanted("headphones", "489", null, null, null, List.of())));
        assertFalse(WantedMatch.matches(GROVE_T8, wanted("headphones", "488.99", null, null, null, List.of())));
        assertFalse(WantedMatch.matches(GROVE_T8, wanted(null, null, "500", null, null, List.of())));
    }

    @Test
    void theCategoryMustBeTheOneAsked() {
        assertFalse(WantedMatch.matches(GROVE_T8, wanted("phones", null, null, null, null, List.of())));
    }

    @Test
    void aColourMatchesTheShopsShadeInEitherLanguage() {
        assertTrue(WantedMatch.matches(GROVE_T8, wanted(null, null, null, "blue", null, List.of())));
        assertTrue(WantedMatch.matches(GROVE_T8, wanted(null, null, null, "蓝色", null, List.of())));
        assertFalse(WantedMatch.matches(GROVE_T8, wanted(null, null, null, "black", null, List.of())));
    }

    @Test
    void featuresAreFoundInTagsNamesAndAttributes_inEitherLanguage() {
        assertTrue(WantedMatch.matches(GROVE_T8, wanted(null, null, null, null, null, List.of("蓝牙", "降噪"))));
        assertTrue(WantedMatch.matches(GROVE_T8, wanted(null, null, null, null, null,
                List.of("Noise Cancelling", "bluetooth"))));
        assertFalse(WantedMatch.matches(GROVE_T8, wanted(null, null, null, null, null, List.of("防水"))));
    }

    @Test
    void aSizeMustBeInStockInThatSize() {
        assertTrue(WantedMatch.matches(FLORAL_DRESS, wanted(null, null, null, null, "m", List.of())));
        assertFalse(WantedMatch.matches(FLORAL_DRESS, wanted(null, null, null, null, "XXL", List.of())));
    }

    @Test
    void theBrandIsMatchedInEitherLanguage() {
        assertTrue(WantedMatch.isOfBrand(GROVE_T8, "Rhythmwood"));
        assertTrue(WantedMatch.isOfBrand(GROVE_T8, "律森"));
        assertFalse(WantedMatch.isOfBrand(GROVE_T8, "Tinglan"));
    }

    private static Wanted wanted(String category, String max, String min, String color, String size,
                                 List<String> features) {
        return new Wanted(category, max == null ? null : new BigDecimal(max), min == null ? null : new BigDecimal(min),
                color, size, null, features, null);
    }
}
