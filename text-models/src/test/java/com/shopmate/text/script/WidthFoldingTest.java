package com.shopmate.text.script;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WidthFoldingTest {

    @Test
    void fullWidthAsciiAndTheIdeographicSpaceBecomeHalfWidthCharForChar() {
        String folded = WidthFolding.fold("订单ＳＯ１２３\u3000！");

        assertEquals("订单SO123 !", folded);
        assertEquals("订单ＳＯ１２３\u3000！".length(), folded.length());
    }
}
