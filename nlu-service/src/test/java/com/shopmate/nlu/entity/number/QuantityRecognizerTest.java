package com.shopmate.nlu.entity.number;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class QuantityRecognizerTest {

    private final QuantityRecognizer quantities = new QuantityRecognizer();

    @Test
    void aNumeralWithAClassifierIsACount() {
        assertEquals(List.of("2=两件", "3=3个", "1=一双", "12=十二 盒"), by(quantities, "两件、3个、一双和十二 盒"));
    }

    @Test
    void englishUnitsAndTimesSignsAreCounts() {
        assertEquals(List.of("5=5 pcs", "2=two pairs", "2=x2", "1=a box", "3=×3"),
                by(quantities, "5 pcs, two pairs, x2, a box and ×3"));
    }

    @Test
    void aLabelledNumberIsACount() {
        assertEquals(List.of("3=qty: 3"), by(quantities, "qty: 3"));
        assertEquals(List.of("2=数量：2"), by(quantities, "数量：2"));
    }

    @Test
    void durationsModelNamesAndFractionsAreNoCounts() {
        assertEquals(List.of(), by(quantities, "3个月 两个小时 Zephyr X4 1.5个 2 x 3 两三件"));
    }

    @Test
    void anArticleCountsOneOnlyBeforeAUnitOfGoods() {
        assertEquals(List.of("1=a pair"), by(quantities, "a pair, a set of instructions, an item that broke"));
    }
}
