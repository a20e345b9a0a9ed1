package com.shopmate.dialogue.faq;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceNumbersTest {

    @Test
    void orderParcelAndReturnNumbersAreRecognised() {
        assertTrue(ReferenceNumbers.mentionedIn("where is SO2026111500123?"));
        assertTrue(ReferenceNumbers.mentionedIn("快递单号SF1234567890123两天没动了"));
        assertTrue(ReferenceNumbers.mentionedIn("中通 781234567890"));
        assertTrue(ReferenceNumbers.mentionedIn("JDVA12345678901 到了吗"));
        assertTrue(ReferenceNumbers.mentionedIn("退款单RMA202611200012处理到哪一步了"));
        assertTrue(ReferenceNumbers.mentionedIn("订单ＳＯ２０２６１１１５００１２３"));
    }

    @Test
    void phoneNumbersPricesAndModelNamesAreNot() {
        assertFalse(ReferenceNumbers.mentionedIn("I changed my phone number to 13812345678"));
        assertFalse(ReferenceNumbers.mentionedIn("满199减20的券怎么用"));
        assertFalse(ReferenceNumbers.mentionedIn("how much is the X12 Pro"));
        assertFalse(ReferenceNumbers.mentionedIn("what about 2026-11-30"));
    }
}
