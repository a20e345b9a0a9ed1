package com.shopmate.text.features;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TfIdfVectorizerTest {

    private static final List<String> TRAIN = List.of("where is my order", "cancel my order", "where is the shop");
    private static final TfIdfConfig WORDS = new TfIdfConfig(NgramRange.NONE, NgramRange.of(1, 2), 1, true);

    @Test
    void vocabularyIsSortedAndComesFromTheTrainingTextsOnly() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(WORDS, TRAIN);

        List<String> vocabulary = v.vocabulary();
        assertEquals(vocabulary.stream().sorted().toList(), vocabulary);
        assertTrue(vocabulary.contains("w:my order"));
        assertFalse(vocabulary.contains("w:refund"));
        assertEquals(0, v.transform("refund please").size(), "words never seen in training give no features");
    }

    @Test
    void vectorsHaveUnitLength() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(TfIdfConfig.english(), TRAIN);

        float[] values = v.transform("where is my order now").values();
        double squares = 0;
        for (float x : values) {
            squares += x * x;
        }
        assertEquals(1.0, squares, 1e-5);
    }

    @Test
    void aWordInEveryTextWeighsLessThanARareOne() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(WORDS, List.of("my order", "my refund", "my shop"));

        SparseVector x = v.transform("my order");
        int my = v.vocabulary().indexOf("w:my");
        int order = v.vocabulary().indexOf("w:order");
        assertTrue(x.get(my) < x.get(order));
    }

    @Test
    void aRepeatedWordCountsSublinearly() {
        TfIdfConfig unigrams = new TfIdfConfig(NgramRange.NONE, NgramRange.of(1, 1), 1, true);
        TfIdfVectorizer v = TfIdfVectorizer.fit(unigrams, List.of("order refund"));

        SparseVector x = v.transform("order order order refund");
        int order = v.vocabulary().indexOf("w:order");
        int refund = v.vocabulary().indexOf("w:refund");
        assertEquals(1 + Math.log(3), x.get(order) / x.get(refund), 1e-5);
    }

    @Test
    void minDocumentFrequencyDropsNgramsSeenInTooFewTexts() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(new TfIdfConfig(NgramRange.NONE, NgramRange.of(1, 1), 2, true), TRAIN);

        assertEquals(List.of("w:is", "w:my", "w:order", "w:where"), v.vocabulary());
    }

    @Test
    void chineseCharacterNgramsNeedNoSegmenter() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(TfIdfConfig.chinese(), List.of("我的订单到哪了", "我要退货"));

        assertTrue(v.vocabulary().containsAll(List.of("c:订", "c:订单", "c:订单到")));
        assertTrue(v.transform("订单呢").size() > 0);
    }

    @Test
    void chineseWordNgramsComeFromTheSegmenter() {
        TfIdfConfig words = new TfIdfConfig(NgramRange.NONE, NgramRange.of(1, 2), 1, true);
        TfIdfVectorizer v = TfIdfVectorizer.fit(words, List.of("我的订单到哪了", "退货order"));

        assertTrue(v.vocabulary().containsAll(List.of("w:订单", "w:我 的", "w:退货", "w:order")), v.vocabulary().toString());
    }

    @Test
    void fullWidthAndCaseAreFoldedBeforeCounting() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(TfIdfConfig.english(), List.of("order status"));

        assertArrayEquals(v.transform("order status").values(), v.transform("ＯＲＤＥＲ  Status").values());
    }

    @Test
    void restoredVectorizerGivesTheSameVectors() {
        TfIdfVectorizer v = TfIdfVectorizer.fit(TfIdfConfig.english(), TRAIN);
        TfIdfVectorizer restored = TfIdfVectorizer.of(v.config(), v.vocabulary(), v.idf());

        String text = "where is my order";
        assertArrayEquals(v.transform(text).indices(), restored.transform(text).indices());
        assertArrayEquals(v.transform(text).values(), restored.transform(text).values());
    }
}
