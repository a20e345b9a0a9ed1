package com.shopmate.nlu.entity.identifier;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.nlu.entity.Recognized.by;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OrderIdRecognizerTest {

    private final OrderIdRecognizer orders = new OrderIdRecognizer("[A-Z]{2,4}\\d{8,20}|\\d{12,20}");

    @Test
    void findsOrderIdsByTheShopsPatternAndUpperCasesThem() {
        assertEquals(List.of("SO2026111500123=so2026111500123"), by(orders, "my order so2026111500123"));
        assertEquals(List.of("3456789012345678=3456789012345678"), by(orders, "order 3456789012345678 please"));
    }

    @Test
    void anOrderIdIsAWholeWordButMayTouchChinese() {
        assertEquals(List.of("SO20261201001=SO20261201001"), by(orders, "订单SO20261201001到哪了"));
        assertEquals(List.of(), by(orders, "ABCDE20261201001 or SO2026120100123456789012345"));
    }

    @Test
    void anotherShopsPatternIsHonoured() {
        assertEquals(List.of("E-1234-5678=e-1234-5678"), by(new OrderIdRecognizer("E-\\d{4}-\\d{4}"), "单号e-1234-5678"));
    }
}
