package com.shopmate.nlu.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OverlapResolverTest {

    @Test
    void theLongerSpanWins() {
        EntitySpan date = new EntitySpan(EntityKind.DATE, "2026-09-01", 0, 5);
        EntitySpan quantity = new EntitySpan(EntityKind.QUANTITY, "3", 0, 2);

        assertEquals(List.of(date), OverlapResolver.resolve(List.of(quantity, date), 10));
    }

    @Test
    void atEqualLengthTheMoreSpecificKindWins() {
        EntitySpan orderId = new EntitySpan(EntityKind.ORDER_ID, "SF1700259398222", 2, 17);
        EntitySpan tracking = new EntitySpan(EntityKind.TRACKING_NUMBER, "SF1700259398222", 2, 17);
        EntitySpan category = new EntitySpan(EntityKind.CATEGORY, "phones", 20, 22);
        EntitySpan product = new EntitySpan(EntityKind.PRODUCT, "SKU-10076", 20, 22);

        assertEquals(List.of(tracking, category),
                OverlapResolver.resolve(List.of(orderId, tracking, product, category), 30));
    }

    @Test
    void alternativesOverTheSameWordsStayTogetherAndDuplicatesGo() {
        EntitySpan first = new EntitySpan(EntityKind.PRODUCT, "SKU-1", 3, 6);
        EntitySpan second = new EntitySpan(EntityKind.PRODUCT, "SKU-2", 3, 6);
        EntitySpan again = new EntitySpan(EntityKind.PRODUCT, "SKU-1", 3, 6);
        EntitySpan color = new EntitySpan(EntityKind.COLOR, "black", 0, 2);

        assertEquals(List.of(color, first, second),
                OverlapResolver.resolve(List.of(first, second, again, color), 10));
    }

    @Test
    void spansThatDoNotOverlapAllStayInTextOrder() {
        EntitySpan late = new EntitySpan(EntityKind.MONEY, "CNY 5", 8, 10);
        EntitySpan early = new EntitySpan(EntityKind.QUANTITY, "2", 0, 2);
        EntitySpan touching = new EntitySpan(EntityKind.SIZE, "M", 2, 3);

        assertEquals(List.of(early, touching, late), OverlapResolver.resolve(List.of(late, touching, early), 10));
    }

    @Test
    void aTaggerSpanNeverDisplacesAnotherHoweverLongItIs() {
        EntitySpan phone = new EntitySpan(EntityKind.PHONE, "+8613800138000", 5, 16);
        EntitySpan guess = EntitySpan.trained("address", "朝阳区13800138000", 2, 16, EntitySource.TAGGER, 0.9);
        EntitySpan city = EntitySpan.trained("city", "温州", 20, 22, EntitySource.TAGGER, 0.8);

        assertEquals(List.of(phone, city), OverlapResolver.resolve(List.of(guess, phone, city), 30));
    }

    @Test
    void overTheSameWordsARuleReplacesALookupOfTheSameType() {
        EntitySpan lookup = EntitySpan.trained("color", "红色", 1, 3, EntitySource.LOOKUP, null);
        EntitySpan rule = new EntitySpan(EntityKind.COLOR, "red", 1, 3);

        assertEquals(List.of(rule), OverlapResolver.resolve(List.of(lookup, rule), 5));
        assertEquals(List.of(rule), OverlapResolver.resolve(List.of(rule, lookup), 5));
    }
}
