package com.shopmate.gateway.rendering;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ReplyOptionsTest {

    @Test
    void aDigitAloneIsAChoiceInHalfOrFullWidth() {
        assertEquals(2, ReplyOptions.choice("2"));
        assertEquals(2, ReplyOptions.choice(" ２ "));
        assertEquals(1, ReplyOptions.choice("1."));
        assertEquals(12, ReplyOptions.choice("12"));
    }

    @Test
    void anythingElseIsNoChoice() {
        assertEquals(0, ReplyOptions.choice("2 件"));
        assertEquals(0, ReplyOptions.choice("订单 2"));
        assertEquals(0, ReplyOptions.choice("123"));
        assertEquals(0, ReplyOptions.choice(""));
    }
}
