package com.shopmate.text.entities;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizedTextTest {

    @Test
    void chineseIsCutIntoCharactersAndEnglishIntoWords() {
        TokenizedText text = TokenizedText.of("我的order SO2026 到了吗?");

        assertArrayEquals(new String[]{"我", "的", "order", "SO2026", "到", "了", "吗", "?"}, text.words());
    }

    @Test
    void fullWidthIsFoldedButOffsetsPointIntoTheTextAsGiven() {
        TokenizedText text = TokenizedText.of("优惠码ＳＡＶＥ２０");

        TokenizedText.Token code = text.token(3);
        assertEquals("SAVE20", code.text());
        assertEquals(List.of(3, 9), List.of(code.start(), code.end()));
        assertEquals("ＳＡＶＥ２０", text.span(3, 4));
    }
}
