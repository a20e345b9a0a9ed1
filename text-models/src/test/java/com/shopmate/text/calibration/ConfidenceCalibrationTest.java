package com.shopmate.text.calibration;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.LabeledText;
import com.shopmate.text.classifier.Language;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.classifier.TinyShopSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConfidenceCalibrationTest {

    // Paraphrases the tiny set never saw, some of them hard: a held-out set to calibrate on.
    private static final List<LabeledText> HELD_OUT_EN = List.of(
            new LabeledText("where's my stuff", "order_status"),
            new LabeledText("any news on my delivery", "order_status"),
            new LabeledText("has the parcel left the warehouse", "order_status"),
            new LabeledText("when does my purchase get here", "order_status"),
            new LabeledText("tracking info please", "order_status"),
            new LabeledText("is my package on its way", "order_status"),
            new LabeledText("i'd like to send the jacket back", "return_request"),
            new LabeledText("these jeans are too small, can i get a refund by returning", "return_request"),
            new LabeledText("how to return a product", "return_request"),
            new LabeledText("i need to return my order", "return_request"),
            new LabeledText("can i give this back", "return_request"),
            new LabeledText("return label please", "return_request"),
            new LabeledText("hiya", "greet"),
            new LabeledText("good afternoon", "greet"),
            new LabeledText("hello hello", "greet"),
            new LabeledText("hey there, morning", "greet"),
            new LabeledText("yo", "greet"),
            new LabeledText("a human please", "human_agent_request"),
            new LabeledText("i want to chat with staff", "human_agent_request"),
            new LabeledText("put me through to support", "human_agent_request"),
            new LabeledText("is there a person i can talk to", "human_agent_request"),
            new LabeledText("operator", "human_agent_request"),
            new LabeledText("real agent now", "human_agent_request"),
            new LabeledText("i don't want a bot", "human_agent_request"));

    private static TextClassifier uncalibrated;

    @BeforeAll
    static void train() {
        uncalibrated = TextClassifier.train(TinyShopSet.examples(), TextClassifierConfig.defaults());
    }

    @Test
    void calibrationLowersTheHeldOutLossAndKeepsEveryTopLabel() {
        TextClassifier calibrated = ConfidenceCalibration.calibrate(uncalibrated, HELD_OUT_EN);

        List<String> texts = HELD_OUT_EN.stream().map(LabeledText::text).toList();
        List<String> gold = HELD_OUT_EN.stream().map(LabeledText::label).toList();
        List<List<LabelScore>> before = uncalibrated.predictAll(texts);
        List<List<LabelScore>> after = calibrated.predictAll(texts);
        assertTrue(loss(after, gold) <= loss(before, gold) + 1e-6, loss(after, gold) + " > " + loss(before, gold));
        for (int i = 0; i < texts.size(); i++) {
            // Only the top: far down the ranking, probabilities too small for a float can tie after rescaling.
            assertEquals(before.get(i).get(0).label(), after.get(i).get(0).label(), texts.get(i));
        }
        assertTrue(calibrated.modelFor("hello").temperature() != 1.0);
    }

    @Test
    void aLanguageWithTooFewHeldOutTextsStaysUncalibrated() {
        List<LabeledText> heldOut = new ArrayList<>(HELD_OUT_EN);
        heldOut.add(new LabeledText("我的包裹呢", "order_status"));

        Map<Language, Double> temperatures = ConfidenceCalibration.temperatures(uncalibrated, heldOut);

        assertTrue(temperatures.containsKey(Language.ENGLISH));
        assertFalse(temperatures.containsKey(Language.CHINESE));
    }

    @Test
    void trainingCalibratedIsDeterministicAndLeavesASmallSetUncalibrated() {
        // The tiny set holds out fewer than MIN_HELD_OUT texts: nothing to fit on, so plain training.
        TextClassifier once = ConfidenceCalibration.trainCalibrated(TinyShopSet.examples(),
                TextClassifierConfig.defaults());
        TextClassifier twice = ConfidenceCalibration.trainCalibrated(TinyShopSet.examples(),
                TextClassifierConfig.defaults());

        assertEquals(once.version(), twice.version());
        assertEquals(uncalibrated.version(), once.version());
    }

    private static double loss(List<List<LabelScore>> predictions, List<String> gold) {
        double sum = 0;
        for (int i = 0; i < gold.size(); i++) {
            String label = gold.get(i);
            sum -= Math.log(predictions.get(i).stream().filter(s -> s.label().equals(label)).findFirst()
                    .orElseThrow().probability());
        }
        return sum / gold.size();
    }
}
