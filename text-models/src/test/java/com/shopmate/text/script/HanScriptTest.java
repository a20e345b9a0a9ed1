package com.shopmate.text.script;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HanScriptTest {

    @Test
    void chineseTextIsRecognisedByItsHanCharacters() {
        assertTrue(HanScript.containsHan("my 订单"));
        assertFalse(HanScript.containsHan("my order ＳＯ１"));
    }
}
