package com.shopmate.dialogue.recommend;

import com.shopmate.events.IntentClassified.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WishesTest {

    @Test
    void aBudgetWithinIsACeiling_inChineseAndEnglish() {
        String zh = "推荐一款500元以内的蓝牙耳机";
        Map<String, String> wishes = Wishes.read(zh, List.of(money(zh, "500元", "CNY 500"),
                new Entity("category", "headphones", 12, 14)), Map.of(), false);
        assertEquals("500", wishes.get(Wishes.MAX_PRICE));
        assertEquals("headphones", wishes.get(Wishes.CATEGORY));
        assertNull(wishes.get(Wishes.MIN_PRICE));

        String en = "any headphones under 300 yuan?";
        assertEquals("300", Wishes.read(en, List.of(money(en, "300 yuan", "CNY 300")), Map.of(), false)
                .get(Wishes.MAX_PRICE));
    }

    @Test
    void aBudgetAboveIsAFloor_andAroundIsABand() {
        String above = "1000元以上的手机";
        assertEquals("1000", Wishes.read(above, List.of(money(above, "1000元", "CNY 1000")), Map.of(), false)
                .get(Wishes.MIN_PRICE));
        String around = "预算500块左右";
        Map<String, String> band = Wishes.read(around, List.of(money(around, "500块", "CNY 500")), Map.of(),
                false);
        assertEquals(0, new java.math.BigDecimal("350").compareTo(new java.math.BigDecimal(band.get(Wishes.MIN_PRICE))));
        assertEquals(0, new java.math.BigDecimal("600").compareTo(new java.math.BigDecimal(band.get(Wishes.MAX_PRICE))));
    }

    @Test
    void aBareBudgetWithoutCurrencyIsRead() {
        assertEquals("300", Wishes.read("预算300，想买个耳机", List.of(), Map.of(), false).get(Wishes.MAX_PRICE));
    }

    @Test
    void aGiftsRecipientIsKept() {
        assertEquals("mother", Wishes.read("something for my mother's birthday", List.of(), Map.of(), false)
                .get(Wishes.FOR_WHOM));
        assertEquals("妈妈", Wishes.read("想给妈妈买个生日礼物", List.of(), Map.of(), false).get(Wishes.FOR_WHOM));
        assertNull(Wishes.read("推荐个耳机", List.of(), Map.of(), false).get(Wishes.FOR_WHOM));
    }

    @Test
    void cheaperAfterSuggestions_keepsTheWishesAndGoesBelowTheCheapestShown() {
        Map<String, String> before = Map.of(Wishes.CATEGORY, "headphones", Wishes.MAX_PRICE, "500",
                Wishes.PRICES, "489,349,289");
        Map<String, String> cheaper = Wishes.read("便宜一点的", List.of(), before, true);

        assertEquals("headphones", cheaper.get(Wishes.CATEGORY));
        assertEquals("便宜一点的", cheaper.get(Wishes.TEXT), "nothing said before is remembered here");
        assertEquals("推荐蓝牙耳机 便宜一点的", Wishes.read("便宜一点的", List.of(),
                Map.of(Wishes.TEXT, "推荐蓝牙耳机", Wishes.PRICES, "300"), true).get(Wishes.TEXT));
        assertEquals("288.99", cheaper.get(Wishes.MAX_PRICE));
        assertTrue(Wishes.refines("便宜一点的"));
        assertTrue(Wishes.refines("show me others"));
        assertFalse(Wishes.refines("第二个有黑色吗"));
    }

    @Test
    void pricierAfterSuggestions_goesAboveTheDearestShown() {
        Map<String, String> before = Map.of(Wishes.CATEGORY, "phones", Wishes.PRICES, "1999,2599");
        Map<String, String> pricier = Wishes.read("something more expensive", List.of(), before, true);
        assertEquals("2599.01", pricier.get(Wishes.MIN_PRICE));
        assertNull(pricier.get(Wishes.MAX_PRICE));
    }

    private static Entity money(String text, String span, String value) {
        int start = text.indexOf(span);
        return new Entity("money", value, start, start + span.length());
    }
}
