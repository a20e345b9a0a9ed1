package com.shopmate.gateway.sms;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmsKeywordTest {

    @Test
    void stopAndItsVariantsOptOutInAnyCase() {
        for (String text : new String[] {"STOP", "stop", " Stop. ", "STOPALL", "unsubscribe", "Cancel", "END", "quit",
                "退订", "取消订阅", "TD", "退订。"}) {
            assertEquals(Optional.of(SmsKeyword.STOP), SmsKeyword.of(text), text);
        }
    }

    @Test
    void startAndHelpAreRecognised() {
        for (String text : new String[] {"START", "yes", "Unstop", "订阅"}) {
            assertEquals(Optional.of(SmsKeyword.START), SmsKeyword.of(text), text);
        }
        for (String text : new String[] {"HELP", "help?", "Info", "帮助"}) {
            assertEquals(Optional.of(SmsKeyword.HELP), SmsKeyword.of(text), text);
        }
    }

    @Test
    void aSentenceWithAKeywordInItIsForTheBot() {
        for (String text : new String[] {"stop sending me the old order", "帮我把订单取消了", "取消", "I need help with my order",
                "yes please", "不要再推荐了", "2"}) {
            assertEquals(Optional.empty(), SmsKeyword.of(text), text);
        }
    }

    @Test
    void chineseKeywordsAreAnsweredInChinese() {
        assertEquals(true, SmsKeyword.isChinese("退订"));
        assertEquals(false, SmsKeyword.isChinese("STOP"));
    }
}
