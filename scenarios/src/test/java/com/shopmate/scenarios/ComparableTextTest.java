package com.shopmate.scenarios;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparableTextTest {

    @Test
    void priceWithThousandsSeparatorMatchesThePlainNumber() {
        assertTrue(ComparableText.contains("合计 ¥1,299.00，已支付", "1299"));
        assertTrue(ComparableText.contains("total 1299 CNY", "1,299"));
        assertEquals("1299000", ComparableText.of("1,299,000"));
    }

    @Test
    void commaThatIsNotAThousandsSeparatorStays() {
        assertEquals("sizes 38,39,40", ComparableText.of("sizes 38,39,40"));
        assertEquals("1,2345", ComparableText.of("1,2345"));
        assertEquals("orders a, b", ComparableText.of("orders a, b"));
    }

    @Test
    void fullWidthFormsMatchTheirPlainForms() {
        assertTrue(ComparableText.contains("运单号：ＹＴ７９８８１４３８９９３８０", "YT7988143899380"));
        assertTrue(ComparableText.contains("退款￥４，３９９", "4399"), "a full-width comma separates thousands too");
    }

    @Test
    void asciiLettersMatchInAnyCase() {
        assertTrue(ComparableText.contains("Your parcel is IN STOCK", "in stock"));
        assertTrue(ComparableText.contains("tracking yt7988143899380", "YT7988143899380"));
    }

    @Test
    void onlyAsciiLettersAreCaseFolded() {
        assertEquals("straße É Ä", ComparableText.of("STRAßE É Ä"));
        assertFalse(ComparableText.contains("Ä", "ä"));
    }

    @Test
    void whitespaceOfAnyKindAndLengthCountsAsOneSpace() {
        assertEquals("graphite black, mint green", ComparableText.of("  Graphite\u3000 Black,\n\tMint\u00a0Green "));
        assertTrue(ComparableText.contains("Graphite\n  Black", "graphite black"));
    }

    @Test
    void textThatIsNotThereDoesNotMatch() {
        assertFalse(ComparableText.contains("已签收", "派送中"));
    }
}
