package com.shopmate.nlu.entity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityTextTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void fullWidthLettersDigitsAndSignsBecomeHalfWidthOneForOne() {
        EntityText text = EntityText.of("ＳＯ２０２６　￥１９９：", TODAY);

        assertEquals("SO2026 ¥199:", text.text());
        assertEquals("so2026 ¥199:", text.lower());
        assertEquals(2, text.originalStart(2));
        assertEquals(6, text.originalEnd(6));
    }

    @Test
    void aCharacterThatExpandsMapsBackToItselfWhole() {
        EntityText text = EntityText.of("第⑫月", TODAY);

        assertEquals("第12月", text.text());
        assertEquals(1, text.originalStart(1));
        assertEquals(1, text.originalStart(2));
        assertEquals(2, text.originalEnd(2), "a span ending inside ⑫ ends after it");
        assertEquals(3, text.originalEnd(4));
    }

    @Test
    void surrogatePairsKeepTheirTwoUtf16Units() {
        EntityText text = EntityText.of("😡SO1", TODAY);

        assertEquals(2, text.originalStart(2));
        assertEquals(5, text.originalEnd(text.text().length()));
    }

    @Test
    void knowsWhichScriptsAndHowManyDigitsItHas() {
        EntityText text = EntityText.of("订单ＳＯ１２", TODAY);

        assertTrue(text.hasHan());
        assertTrue(text.hasLatin());
        assertEquals(2, text.digits());
        assertFalse(EntityText.of("hello", TODAY).hasHan());
    }
}
