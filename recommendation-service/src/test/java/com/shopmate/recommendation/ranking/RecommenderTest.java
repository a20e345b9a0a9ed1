package com.shopmate.recommendation.ranking;

import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationRequested.Wanted;
import com.shopmate.events.RecommendationsReady.Recommendation;
import com.shopmate.events.shop.ShopInteraction;
import com.shopmate.events.shop.ShopProduct;
import com.shopmate.reco.model.NextItemModel;
import com.shopmate.reco.model.NextItemSettings;
import com.shopmate.recommendation.catalog.Catalog;
import com.shopmate.recommendation.history.Sequences;
import com.shopmate.recommendation.shop.DemoShop;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suggestions on the demo shop, its catalogue and its customers' purchases and views. */
class RecommenderTest {

    private static final Catalog CATALOG = Catalog.of(DemoShop.catalog(), Instant.EPOCH);
    private static final Map<String, List<ShopInteraction>> HISTORIES = DemoShop.interactions().stream()
            .collect(Collectors.groupingBy(ShopInteraction::customerId, LinkedHashMap::new, Collectors.toList()));
    private static final NextItemModel MODEL = NextItemModel.train(HISTORIES.values().stream()
            .map(Sequences::products).toList(), NextItemSettings.defaults());
    private static final Recommender RECOMMENDER = new Recommender(new SmallRyeConfigBuilder()
            .withMapping(RankingConfig.class).build().getConfigMapping(RankingConfig.class));

    @Test
    void everySuggestionIsInStockInTheCategoryAndWithinBudget_forEveryCustomer() {
        Wanted headphonesUnder500 = new Wanted("headphones", new BigDecimal("500"), null, null, null, null,
                List.of("蓝牙"), null);
        for (String customer : HISTORIES.keySet()) {
            List<Recommendation> picks = recommend(customer, headphonesUnder500, List.of(), 5);
            assertFalse(picks.isEmpty(), customer);
            for (Recommendation pick : picks) {
                ShopProduct p = pick.product();
                assertEquals("headphones", p.category());
                assertTrue(p.stock() > 0 && p.price().compareTo(new BigDecimal("500")) <= 0, p.toString());
                assertTrue(p.tags().stream().anyMatch(t -> "蓝牙".equals(t.zh())), p.toString());
            }
        }
    }

    @Test
    void nothingBoughtIsSuggestedAgain_unlessItIsUsedUp() {
        for (var entry : HISTORIES.entrySet()) {
            Set<String> bought = entry.getValue().stream().filter(i -> i.kind().equals("purchase"))
                    .map(ShopInteraction::sku).collect(Collectors.toSet());
            for (Recommendation pick : recommend(entry.getKey(), Wanted.ANYTHING, List.of(), 10)) {
                assertTrue(!bought.contains(pick.product().sku())
                                || Set.of("beauty", "snacks", "baby").contains(pick.product().category()),
                        entry.getKey() + " bought " + pick.product().sku());
            }
        }
    }

    @Test
    void aCrossSellAfterALaptopIsNoSecondLaptop_butALaptopIsOfferedWhenAsked() {
        String laptop = DemoShop.catalog().stream().filter(p -> p.category().equals("laptops") && p.stock() > 0)
                .findFirst().orElseThrow().sku();
        RecommendationRequested crossSell = new RecommendationRequested("r2", RecommendationRequested.CROSS_SELL,
                "zh", null, null, null, List.of(laptop), List.of(), 10, null);
        List<Recommendation> picks = RECOMMENDER.recommend(crossSell, Wanted.ANYTHING, CATALOG, MODEL, List.of());

        assertFalse(picks.isEmpty());
        picks.forEach(pick -> assertFalse(pick.product().category().equals("laptops"), pick.product().sku()));
        assertTrue(recommend(null, new Wanted("laptops", null, null, null, null, null, List.of(), null),
                List.of(laptop), 3).stream().allMatch(pick -> pick.product().category().equals("laptops")));
    }

    @Test
    void aShopperWithNoHistoryGetsPopularOnes_andEachPickSaysWhy() {
        List<Recommendation> picks = recommend(null, new Wanted("phones", null, null, null, null, null, List.of(),
                null), List.of(), 3);
        assertEquals(3, picks.size());
        picks.forEach(pick -> assertEquals("popular", pick.reason().kind()));
    }

    @Test
    void aCustomersOwnHistoryShapesTheSuggestions() {
        String customer = HISTORIES.entrySet().stream().filter(e -> e.getValue().size() >= 20).findFirst()
                .orElseThrow().getKey();
        List<Recommendation> personal = recommend(customer, Wanted.ANYTHING, List.of(), 5);
        List<Recommendation> anonymous = recommend(null, Wanted.ANYTHING, List.of(), 5);
        assertFalse(personal.stream().map(r -> r.product().sku()).toList()
                .equals(anonymous.stream().map(r -> r.product().sku()).toList()));
        assertTrue(personal.stream().anyMatch(r -> List.of("bought", "viewed").contains(r.reason().kind())),
                personal.toString());
    }

    @Test
    void aGiftSearchFavoursWhatTheShopLabelsAGift() {
        List<Recommendation> picks = recommend(null, new Wanted(null, new BigDecimal("1000"), null, null, null, null,
                List.of(), "mother"), List.of(), 3);
        picks.forEach(pick -> assertTrue(pick.product().tags().stream().anyMatch(t -> "gift".equals(t.en())),
                pick.product().toString()));
    }

    @Test
    void excludedAndAnchorProductsAreNotSuggested() {
        List<Recommendation> first = recommend(null, new Wanted("headphones", null, null, null, null, null,
                List.of(), null), List.of(), 3);
        List<String> shown = first.stream().map(r -> r.product().sku()).toList();
        RecommendationRequested others = request(null, new ArrayList<>(List.of("SKU-10131")), shown, 3);
        List<Recommendation> next = RECOMMENDER.recommend(others, new Wanted("headphones", null, null, null, null,
                null, List.of(), null), CATALOG, MODEL, List.of());
        next.forEach(r -> assertFalse(shown.contains(r.product().sku()) || r.product().sku().equals("SKU-10131")));
    }

    private static List<Recommendation> recommend(String customer, Wanted wanted, List<String> anchors, int limit) {
        return RECOMMENDER.recommend(request(customer, anchors, List.of(), limit), wanted, CATALOG, MODEL,
                customer == null ? List.of() : HISTORIES.get(customer));
    }

    private static RecommendationRequested request(String customer, List<String> anchors, List<String> exclude,
                                                   int limit) {
        return new RecommendationRequested("r1", RecommendationRequested.ASKED, "zh", customer, null, null, anchors,
                exclude, limit, null);
    }
}
