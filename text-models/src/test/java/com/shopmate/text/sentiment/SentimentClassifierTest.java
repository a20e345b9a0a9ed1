package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.TextClassifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The sentiment configuration of the text-models classifier trains and predicts; quality is sentiment-eval's. */
class SentimentClassifierTest {

    private static TextClassifier classifier;

    @BeforeAll
    static void train() {
        classifier = TextClassifier.train(TinySentimentSet.all(), SentimentClassifierConfig.defaults());
    }

    @Test
    void tinyChineseAndEnglishSetIsClassifiedRight() {
        assertEquals("negative", top("气死我了，还没发货！"));
        assertEquals("positive", top("谢谢，很满意"));
        assertEquals("negative", top("where is my refund?? this is ridiculous"));
        assertEquals("neutral", top("can I change the address on my order?"));
        assertEquals("positive", top("thank you, that was a great help"));
    }

    @Test
    void chineseHasNoNeutralClassAndEnglishHasAll3() {
        assertEquals(List.of("negative", "positive"), classifier.modelFor("还行").labels());
        assertEquals(Language.CHINESE, classifier.modelFor("还行").language());
        assertEquals(List.of("negative", "neutral", "positive"), classifier.modelFor("ok").labels());
    }

    private static String top(String text) {
        return classifier.predict(text).get(0).label();
    }
}
