package com.shopmate.nlu.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextNormalizerTest {

    @Test
    void foldingFullWidthKeepsEveryOffset() {
        String typed = "订单ＳＯ２０２６！";
        String folded = TextNormalizer.foldWidth(typed);

        assertEquals("订单SO2026!", folded);
        assertEquals(typed.length(), folded.length());
    }

    @Test
    void matchingFormIsLowerCaseWithoutPunctuationOrEmoji() {
        assertEquals("where s my order", TextNormalizer.forMatching("  Where’s   my ORDER?!! 😡"));
        assertEquals("你好 我的订单呢", TextNormalizer.forMatching("你好，我的订单呢？"));
        assertEquals("thanks", TextNormalizer.forMatching("ｔｈａｎｋｓ❤️"));
    }
}
