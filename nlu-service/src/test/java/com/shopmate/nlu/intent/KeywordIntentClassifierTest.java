package com.shopmate.nlu.intent;

import com.shopmate.events.IntentClassified.IntentScore;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeywordIntentClassifierTest {

    private static final KeywordTable BASELINE = KeywordTable.fromClasspath("nlu/baseline-intents.yml");
    private final IntentClassifier classifier = new KeywordIntentClassifier(BASELINE, 0.3);

    @Test
    void classifiesChineseGreeting() {
        assertEquals("greet", classifier.classify("您好", "zh").intent());
    }

    @Test
    void classifiesEnglishGreetingWrittenFullWidth() {
        assertEquals("greet", classifier.classify("ｈｅｌｌｏ！", "en").intent());
    }

    @Test
    void requestOutweighsTheGreetingBeforeIt() {
        IntentPrediction prediction = classifier.classify("你好，我的订单什么时候发货？", "zh");

        assertEquals("order_status", prediction.intent());
        assertTrue(intents(prediction.alternatives()).contains("greet"), prediction.toString());
    }

    @Test
    void classifiesChineseAndEnglishRequests() {
        assertEquals("return_request", classifier.classify("这件衣服不合适，我想退货", "zh").intent());
        assertEquals("refund_status", classifier.classify("Where is my refund? It's been two weeks", "en").intent());
        assertEquals("human_agent_request", classifier.classify("转人工", "zh").intent());
        assertEquals("human_agent_request", classifier.classify("Can I speak to a human please", "en").intent());
        assertEquals("complaint", classifier.classify("你们的服务太差了，我要投诉", "zh").intent());
        assertEquals("thanks", classifier.classify("Thank you so much!", "en").intent());
        assertEquals("goodbye", classifier.classify("好，拜拜", "zh").intent());
    }

    @Test
    void codeSwitchedArrivalQuestionIsTracking() {
        assertEquals("logistics_tracking", classifier.classify("我的order什么时候到", "zh").intent());
    }

    @Test
    void aShortWordInsideALongerPhraseDoesNotCountOnItsOwn() {
        // "还没发货" is about the order; the "没" inside it is not a "no".
        IntentPrediction prediction = classifier.classify("还没发货", "zh");

        assertEquals("order_status", prediction.intent());
        assertTrue(!intents(prediction.alternatives()).contains("deny"), prediction.toString());
    }

    @Test
    void englishPhrasesMatchWholeWordsOnly() {
        assertEquals(IntentClassifier.OUT_OF_SCOPE, classifier.classify("this history lesson", "en").intent());
    }

    @Test
    void nothingMatchedIsOutOfScope() {
        IntentPrediction prediction = classifier.classify("量子力学的基本原理是什么", "zh");

        assertEquals(IntentClassifier.OUT_OF_SCOPE, prediction.intent());
        assertEquals(1.0, prediction.confidence());
        assertEquals(List.of(), prediction.alternatives());
    }

    @Test
    void weakEvidenceBelowTheThresholdIsOutOfScopeWithTheGuessAsAlternative() {
        IntentPrediction prediction = new KeywordIntentClassifier(BASELINE, 0.9).classify("hi", "en");

        assertEquals(IntentClassifier.OUT_OF_SCOPE, prediction.intent());
        assertEquals(List.of("greet"), intents(prediction.alternatives()));
    }

    @Test
    void alternativesAreBestFirstAndAtMostThree() {
        IntentPrediction prediction = classifier.classify("hi, thanks, the parcel was damaged, I want to return it", "en");

        assertEquals("return_request", prediction.intent());
        assertEquals(IntentClassifier.MAX_ALTERNATIVES, prediction.alternatives().size());
        double previous = prediction.confidence();
        for (IntentScore alternative : prediction.alternatives()) {
            assertTrue(alternative.confidence() <= previous, prediction.toString());
            previous = alternative.confidence();
        }
    }

    @Test
    void aMessageSplitEvenlyBetweenManyIntentsIsOutOfScope() {
        // No intent holds the threshold's share of the evidence: the dialogue should ask, not guess.
        IntentPrediction prediction = classifier.classify(
                "where is my order? I want to return it, get my money back and talk to a human", "en");

        assertEquals(IntentClassifier.OUT_OF_SCOPE, prediction.intent());
        assertEquals(List.of("order_status", "return_request", "refund_status"), intents(prediction.alternatives()));
    }

    @Test
    void reportsTheTablesModelVersion() {
        assertEquals("keyword-baseline-1", classifier.modelVersion());
    }

    @Test
    void tableRefusesChineseInTheEnglishList() {
        var scoring = new KeywordTable.Scoring(1, 0.5, 1);
        var phrases = new KeywordTable.Phrases(List.of(), List.of("my 订单"));

        var e = assertThrows(IllegalArgumentException.class,
                () -> new KeywordTable("v", scoring, Map.of("order_status", phrases)));
        assertTrue(e.getMessage().contains("en phrase with Chinese"), e.getMessage());
    }

    private static List<String> intents(List<IntentScore> scores) {
        return scores.stream().map(IntentScore::intent).toList();
    }
}
