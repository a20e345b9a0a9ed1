package com.shopmate.recommendation.ranking;

import com.shopmate.recommendation.catalog.Catalog;
import com.shopmate.recommendation.shop.DemoShop;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogWordsTest {

    private static final CatalogWords WORDS = CatalogWords.of(Catalog.of(DemoShop.catalog(), Instant.EPOCH),
            Set.of("new", "新品", "budget", "gift", "送礼"));

    @Test
    void theShopsTagsInTheShoppersWordsAreFeatures_inEitherLanguage() {
        assertEquals(List.of("蓝牙"), WORDS.featuresIn("推荐一款500元以内的蓝牙耳机"));
        assertTrue(WORDS.featuresIn("any noise-cancelling headphones?").contains("noise cancelling"));
    }

    @Test
    void aCategorysNameIsNoFeature_andGenericWordsNeither() {
        assertTrue(WORDS.featuresIn("想买双运动鞋").isEmpty(), "运动鞋 is the category, not the tag 运动");
        assertTrue(WORDS.featuresIn("I need a new phone, my budget is 2000").isEmpty());
    }

    @Test
    void aBrandIsReadInEitherLanguage() {
        assertEquals("律森", WORDS.brandIn("律森的耳机有推荐吗"));
        assertEquals("tinglan", WORDS.brandIn("anything from Tinglan?"));
        assertNull(WORDS.brandIn("推荐个耳机"));
    }
}
