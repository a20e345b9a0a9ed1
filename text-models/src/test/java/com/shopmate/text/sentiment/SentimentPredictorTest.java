package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.TextClassifier;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentimentPredictorTest {

    private static final TextClassifier TONES = TextClassifier.train(
            SentimentPack.loadDirectory(SentimentPackTest.TINY_PACK).tones(), SentimentClassifierConfig.defaults());

    @Test
    void aToneModelGivesPolarityAndEmotion() {
        SentimentPredictor predictor = new SentimentPredictor(TONES, 0.5);

        SentimentPredictor.Prediction angry = predictor.predict("你们就是骗子，气死了");
        SentimentPredictor.Prediction asking = predictor.predict("where is my order");

        assertEquals("negative", angry.polarity());
        assertEquals(Optional.of("anger"), angry.emotion());
        assertTrue(angry.score() < 0, angry.toString());
        assertEquals("neutral", asking.polarity());
        assertEquals(Optional.of("neutral"), asking.emotion());
    }

    @Test
    void reviewsAndTonesTrainedTogetherSumIntoOnePolarity() {
        List<LabeledText> rows = new ArrayList<>(SentimentPack.loadDirectory(SentimentPackTest.TINY_PACK).tones());
        rows.addAll(TinySentimentSet.chinese());
        SentimentPredictor predictor = new SentimentPredictor(
                TextClassifier.train(rows, SentimentClassifierConfig.defaults()), 0.5);

        SentimentPredictor.Prediction review = predictor.predict("质量太差了，再也不买了");

        assertEquals("negative", review.polarity());
        // A review's bare "negative" says nothing of emotion: the likeliest tone still names one.
        assertTrue(review.emotion().isPresent(), review.toString());
    }

    @Test
    void aModelOnBarePolaritiesNamesNoEmotionAndUsesTheBandWithoutANeutralClass() {
        TextClassifier reviews = TextClassifier.train(TinySentimentSet.chinese(), SentimentClassifierConfig.defaults());
        double margin = Math.abs(new SentimentPredictor(reviews, 0).predict("谢谢，很满意").score());

        SentimentPredictor.Prediction narrow = new SentimentPredictor(reviews, 0).predict("谢谢，很满意");
        SentimentPredictor.Prediction wide = new SentimentPredictor(reviews, (margin + 1) / 2).predict("谢谢，很满意");

        assertEquals("positive", narrow.polarity());
        assertEquals(Optional.empty(), narrow.emotion());
        assertEquals("neutral", wide.polarity());
    }

    @Test
    void labelsThatAreNoPolaritiesOrTonesAreRefused() {
        List<LabeledText> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(new LabeledText("great thanks " + i, "positive/satisfaction"));
            rows.add(new LabeledText("so sad " + i, "negative/grief"));
        }
        TextClassifier odd = TextClassifier.train(rows, SentimentClassifierConfig.defaults());

        var e = assertThrows(IllegalArgumentException.class, () -> new SentimentPredictor(odd, 0.5));

        assertTrue(e.getMessage().contains("not a sentiment model") && e.getMessage().contains("negative/grief"),
                e.getMessage());
    }
}
