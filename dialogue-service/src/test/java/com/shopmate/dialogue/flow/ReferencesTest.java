package com.shopmate.dialogue.flow;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferencesTest {

    @Test
    void chineseAndEnglishOrdinalsPointIntoTheListShown() {
        List<String> shown = List.of("SO1", "SO2", "SO3");
        assertEquals("SO2", References.pick(shown, References.ordinal("第二个").getAsInt()));
        assertEquals("SO1", References.pick(shown, References.ordinal("第1个订单").getAsInt()));
        assertEquals("SO3", References.pick(shown, References.ordinal("the third one please").getAsInt()));
        assertEquals("SO3", References.pick(shown, References.ordinal("最后一个").getAsInt()));
    }

    @Test
    void severalPositionsAreReadInOrder_andTheFirstTwoAreTwo() {
        assertEquals(List.of(0, 1), References.positions("对比前两款"));
        assertEquals(List.of(0, 1), References.positions("compare the first two"));
        assertEquals(List.of(0, 2), References.positions("第一个和第三个哪个好"));
        assertEquals(List.of(1), References.positions("第二个有黑色吗"));
        assertEquals(List.of(), References.positions("推荐一款耳机"));
    }

    @Test
    void anOrdinalPastTheListPointsAtNothing() {
        assertEquals(null, References.pick(List.of("SO1"), References.ordinal("second").getAsInt()));
    }

    @Test
    void correctionsAndTheOtherOneAreRecognised() {
        assertTrue(References.other("不是这个，是上周那个"));
        assertTrue(References.other("what about the other one?"));
        assertFalse(References.other("where is my parcel"));
        assertTrue(References.lastWeek("是上周那个"));
    }

    @Test
    void englishPointingWordsMatchWholeWordsOnly() {
        assertTrue(References.that("when will it arrive"));
        assertFalse(References.that("item"), "'it' inside another word points at nothing");
    }
}
