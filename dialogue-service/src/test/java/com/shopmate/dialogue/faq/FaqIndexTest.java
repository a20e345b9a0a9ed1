package com.shopmate.dialogue.faq;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo shop's FAQ at the shipped floor, on a few messages far from it in either direction (paraphrases the set
 * scores above 0.5, messages below 0.1): how well it does overall is {@link FaqRetrievalEval}'s figure, not a test.
 */
class FaqIndexTest {

    private static FaqIndex faq;

    @BeforeAll
    static void indexTheDemoShopFaq() {
        faq = FaqIndex.load(Optional.empty(), Double.parseDouble(FaqProducer.DEFAULT_MIN_SIMILARITY));
    }

    @Test
    void englishParaphrasesFindTheirEntries() {
        assertFound("FAQ-035", "I got a new phone number, how do I update my account", "en");
        assertFound("FAQ-022", "is there an expiry date on reward points", "en");
        assertFound("FAQ-015", "our company needs a VAT special invoice, possible?", "en");
    }

    @Test
    void chineseParaphrasesFindTheirEntries() {
        assertFound("FAQ-039", "我的订单在哪看", "zh");
        assertFound("FAQ-035", "换手机号了，账号怎么改", "zh");
        assertFound("FAQ-018", "已经开了发票又退货了怎么办", "zh");
    }

    @Test
    void theAnswerIsTheFaqsOwnWordsInTheLanguageAsked() {
        FaqMatch zh = faq.best("怎么重置密码", "zh").orElseThrow();
        FaqMatch en = faq.best("怎么重置密码", "en").orElseThrow();

        assertEquals("FAQ-036", zh.entry().id());
        assertEquals(zh.entry().answerZh(), zh.answer());
        assertEquals("zh", zh.language());
        assertEquals(zh.entry().answerEn(), en.answer());
        assertEquals("en", en.language());
    }

    @Test
    void outOfScopeQuestionsGetNothing() {
        assertNothing("what's the weather like in Shanghai tomorrow", "en");
        assertNothing("who won the football game last night", "en");
        assertNothing("明天上海天气怎么样", "zh");
        assertNothing("推荐一部好看的电影", "zh");
    }

    @Test
    void aQuestionAboutOneOrderIsLeftToTheBackEnd() {
        assertNothing("where is my parcel SO2026111500123", "en");
        assertNothing("我的包裹ＳＯ２０２６１１１５００１２３到哪了", "zh");
    }

    @Test
    void anEmptyMessageGetsNothing() {
        assertNothing("  ", "zh");
        assertNothing(null, "en");
    }

    private static void assertFound(String id, String text, String language) {
        Optional<FaqMatch> match = faq.best(text, language);
        assertTrue(match.isPresent(), () -> "no FAQ answer for '" + text + "', nearest " + faq.nearest(text,
                language));
        assertEquals(id, match.get().entry().id(), () -> text + " -> " + match.get());
    }

    private static void assertNothing(String text, String language) {
        Optional<FaqMatch> match = faq.best(text, language);
        assertTrue(match.isEmpty(), () -> "'" + text + "' should get no FAQ answer, got " + match);
    }
}
