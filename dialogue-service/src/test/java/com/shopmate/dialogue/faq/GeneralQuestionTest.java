package com.shopmate.dialogue.faq;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneralQuestionTest {

    @Test
    void questionsAboutTheShopsRulesAreGeneral() {
        assertTrue(GeneralQuestion.about("运费怎么算？"));
        assertTrue(GeneralQuestion.about("拆封试色后不喜欢能退吗？"));
        assertTrue(GeneralQuestion.about("Do you accept cash on delivery? Is there a limit?"));
        assertTrue(GeneralQuestion.about("Can I return it if I open it and don't like it?"));
    }

    @Test
    void questionsAboutTheShoppersOwnOrderAreNot() {
        assertFalse(GeneralQuestion.about("我的快递今天能送到吗？"));
        assertFalse(GeneralQuestion.about("两周前收到的手表不想要了，还能退吗？"));
        assertFalse(GeneralQuestion.about("Can I change the address for my humidifier order?"));
        assertFalse(GeneralQuestion.about("where is my parcel"));
    }
}
