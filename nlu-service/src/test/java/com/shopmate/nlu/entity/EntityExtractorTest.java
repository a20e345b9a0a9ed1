package com.shopmate.nlu.entity;

import com.shopmate.events.IntentClassified.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor("[A-Z]{2,4}\\d{8,20}|\\d{12,20}");

    @Test
    void findsAnOrderIdTouchingChineseText() {
        String text = "订单SO20261201001到哪了";

        assertEquals(List.of(new Entity("order_id", "SO20261201001", 2, 15)), extractor.extract(text));
    }

    @Test
    void findsAFullWidthOrderIdWithItsHalfWidthValue() {
        String text = "单号ＳＯ２０２６１２０１００１";

        assertEquals(List.of(new Entity("order_id", "SO20261201001", 2, 15)), extractor.extract(text));
    }

    @Test
    void findsALongNumericOrderId() {
        assertEquals(List.of(new Entity("order_id", "3456789012345678", 6, 22)),
                extractor.extract("order 3456789012345678 please"));
    }

    @Test
    void spansAreUtf16OffsetsIntoTheOriginalText() {
        String text = "😡😡 SO20261201001";

        Entity order = extractor.extract(text).get(0);
        assertEquals(5, order.start());
        assertEquals("SO20261201001", text.substring(order.start(), order.end()));
    }

    @Test
    void findsPhoneNumbersWithOrWithoutCountryCode() {
        assertEquals(List.of(new Entity("phone", "+8613800138000", 4, 21)),
                extractor.extract("打我电话+86 138-0013-8000"));
        assertEquals(List.of(new Entity("phone", "13800138000", 3, 14)), extractor.extract("手机号13800138000"));
        assertEquals(List.of(new Entity("phone", "+14155552671", 8, 20)), extractor.extract("call me +14155552671."));
    }

    @Test
    void anEmailWinsOverTheNumbersInsideIt() {
        String text = "email li.wei13800138000@qq.com thanks";

        assertEquals(List.of(new Entity("email", "li.wei13800138000@qq.com", 6, 30)), extractor.extract(text));
    }

    @Test
    void shortNumbersAndWordsWithDigitsAreNoEntities() {
        assertEquals(List.of(), extractor.extract("I bought 2 iPhone15 for 7999 yuan"));
    }
}
