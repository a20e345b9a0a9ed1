package com.shopmate.dialogue.reply;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.SentimentScored;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplyComposerTest {

    private final ReplyComposer composer = new ReplyComposer(ReplyTemplates.fromClasspath("dialogue/replies.yml"),
            0.3, 0.5);

    @Test
    void chineseGreetingIsAnsweredInChineseWithQuickReplies() {
        var composition = composer.compose(intent("你好", "zh", "greet", 0.9), null, ConversationContext.empty());

        assertEquals("zh", composition.language());
        assertTrue(composition.replies().get(0).text().contains("您好"), composition.replies().toString());
        assertEquals(List.of("查订单", "查物流", "退换货"), composition.replies().get(0).quickReplies());
    }

    @Test
    void englishThanksIsAnsweredInEnglish() {
        var composition = composer.compose(intent("thanks a lot", "en", "thanks", 0.8), null,
                ConversationContext.empty());
        assertEquals("en", composition.language());
        assertTrue(composition.replies().get(0).text().startsWith("You're welcome")
                || composition.replies().get(0).text().startsWith("Glad"));
    }

    @Test
    void unsureUnderstandingGetsThePoliteFallback() {
        var composition = composer.compose(intent("blorp", "en", "greet", 0.2), null, ConversationContext.empty());
        assertTrue(composition.replies().get(0).text().startsWith("Sorry, I didn't quite get that"));
    }

    @Test
    void outOfScopeGetsTheFallbackInTheShoppersLanguage() {
        var composition = composer.compose(intent("今天天气怎么样", "zh", "out_of_scope", 0.9), null,
                ConversationContext.empty());
        assertTrue(composition.replies().get(0).text().startsWith("抱歉，我没太明白"));
    }

    @Test
    void knownIntentWithoutAFlowYetSaysSoHonestly() {
        var composition = composer.compose(intent("where is my order", "en", "order_status", 0.9), null,
                ConversationContext.empty());
        assertTrue(composition.replies().get(0).text().startsWith("Sorry, I can't handle that request myself yet"));
    }

    @Test
    void anIntentAddedLaterIsAnsweredLikeAnIntentWithoutAFlow() {
        var composition = composer.compose(intent("can you gift wrap it", "en", "gift_wrap", 0.9), null,
                ConversationContext.empty());
        assertTrue(composition.replies().get(0).text().startsWith("Sorry, I can't handle that request myself yet"));
    }

    @Test
    void aLanguageAddedLaterIsAnsweredInTheConversationsLanguage() {
        var english = new ConversationContext("en", "greet", List.of(), 1, null);
        var composition = composer.compose(intent("こんにちは", "ja", "greet", 0.9), null, english);
        assertEquals("en", composition.language());
    }

    @Test
    void aPolarityOrEmotionAddedLaterIsNoReasonToApologise() {
        var mixed = new SentimentScored("u", "m", "mixed", 0, 0.9, "curiosity", "v");
        var composition = composer.compose(intent("hi", "en", "greet", 0.9), mixed, ConversationContext.empty());
        assertFalse(composition.replies().get(0).text().startsWith("I'm really sorry"),
                composition.replies().get(0).text());
    }

    @Test
    void aNegativeEmotionAddedLaterGetsTheApology() {
        var confused = new SentimentScored("u", "m", "negative", -0.8, 0.8, "confusion", "v");
        var composition = composer.compose(intent("hi", "en", "greet", 0.9), confused, ConversationContext.empty());
        assertTrue(composition.replies().get(0).text().startsWith("I'm really sorry about the trouble."),
                composition.replies().get(0).text());
    }

    @Test
    void angryShopperGetsAnApologyFirst() {
        var angry = new SentimentScored("u", "m", "negative", -0.9, 0.9, "anger", "v");
        var composition = composer.compose(intent("你好，气死我了", "zh", "greet", 0.9), angry,
                ConversationContext.empty());
        assertTrue(composition.replies().get(0).text().startsWith("非常抱歉给您带来了不好的体验。您好"),
                composition.replies().get(0).text());
    }

    @Test
    void anxiousShopperIsReassuredNotApologisedTo() {
        var anxious = new SentimentScored("u", "m", "negative", -0.7, 0.7, "anxiety", "v");
        var composition = composer.compose(intent("急！明天就要用，我的订单到哪了", "zh", "order_status", 0.9), anxious,
                ConversationContext.empty());
        String text = composition.replies().get(0).text();
        assertTrue(text.startsWith("别着急"), text);
        assertFalse(text.contains("抱歉给您带来"), text);
    }

    @Test
    void anEmotionWithoutItsOwnOpenerGetsTheApology() {
        var frustrated = new SentimentScored("u", "m", "negative", -0.8, 0.8, "frustration", "v");
        var composition = composer.compose(intent("this is the third time I'm asking", "en", "order_status", 0.9),
                frustrated, ConversationContext.empty());
        assertTrue(composition.replies().get(0).text().startsWith("I'm really sorry about the trouble."),
                composition.replies().get(0).text());
    }

    @Test
    void wordlessMessageKeepsTheConversationsLanguage() {
        var english = new ConversationContext("en", "greet", List.of(), 1, null);
        var composition = composer.compose(intent("👍", "zh", "affirm", 0.9), null, english);
        assertEquals("en", composition.language());
    }

    @Test
    void consecutiveAnswersDoNotRepeatWordForWord() {
        var first = composer.compose(intent("hi", "en", "greet", 0.9), null, ConversationContext.empty());
        var afterOneTurn = new ConversationContext("en", "greet", List.of(
                new ConversationContext.Turn(ConversationContext.BOT, first.replies().get(0).text(), null,
                        Instant.now())), 1, null);
        var second = composer.compose(intent("hello", "en", "greet", 0.9), null, afterOneTurn);
        assertNotEquals(first.replies().get(0).text(), second.replies().get(0).text());
    }

    private static IntentClassified intent(String text, String language, String intent, double confidence) {
        return new IntentClassified("u", "m", text, language, intent, confidence, List.of(), List.of(), "test");
    }
}
