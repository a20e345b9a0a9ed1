package com.shopmate.text.calibration;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.Temperature;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemperatureFitTest {

    @Test
    void anOverConfidentModelGetsATemperatureAboveOneThatBringsConfidenceToItsAccuracy() {
        // 0.99 sure every time, right 7 times in 10.
        List<List<LabelScore>> predictions = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            predictions.add(List.of(new LabelScore("a", 0.99), new LabelScore("b", 0.01)));
            gold.add(i % 10 < 7 ? "a" : "b");
        }

        double t = TemperatureFit.fit(predictions, gold);

        assertTrue(t > 1, "temperature " + t);
        float[] p = {0.99f, 0.01f};
        Temperature.apply(p, t);
        assertEquals(0.7, p[0], 0.01);
    }

    @Test
    void anUnderConfidentModelIsSharpened() {
        // 0.6 sure every time, right 95 times in 100.
        List<List<LabelScore>> predictions = new ArrayList<>();
        List<String> gold = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            predictions.add(List.of(new LabelScore("a", 0.6), new LabelScore("b", 0.4)));
            gold.add(i < 95 ? "a" : "b");
        }

        assertTrue(TemperatureFit.fit(predictions, gold) < 1);
    }

    @Test
    void nothingToFitOnLeavesTheModelAsItIs() {
        assertEquals(1.0, TemperatureFit.fit(List.of(), List.of()));
        assertEquals(1.0, TemperatureFit.fit(List.of(List.of(new LabelScore("a", 1.0))), List.of("unknown")));
    }

    @Test
    void theTemperatureStaysWithinItsBoundsForAModelThatIsAlwaysWrong() {
        List<List<LabelScore>> predictions = List.of(List.of(new LabelScore("a", 0.999), new LabelScore("b", 0.001)));

        double t = TemperatureFit.fit(predictions, List.of("b"));

        assertTrue(t <= TemperatureFit.MAX + 1e-9 && t >= TemperatureFit.MIN - 1e-9, "temperature " + t);
    }
}
