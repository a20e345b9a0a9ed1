package com.shopmate.tools.eval.nlu;

import com.shopmate.text.classifier.LabelScore;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CalibrationErrorTest {

    @Test
    void confidenceThatMatchesAccuracyHasNoError() {
        // 0.75 sure four times, right three times.
        List<LabelScore> threeInFour = List.of(new LabelScore("a", 0.75), new LabelScore("b", 0.25));
        List<List<LabelScore>> predictions = List.of(threeInFour, threeInFour, threeInFour, threeInFour);

        assertEquals(0.0, CalibrationError.expected(predictions, List.of("a", "a", "a", "b")), 1e-9);
    }

    @Test
    void overConfidenceIsTheGapWeightedByItsShareOfTexts() {
        // Half the texts at 0.95 and all wrong (gap 0.95), half at 0.55 and all right (gap 0.45).
        List<List<LabelScore>> predictions = List.of(
                List.of(new LabelScore("a", 0.95), new LabelScore("b", 0.05)),
                List.of(new LabelScore("a", 0.55), new LabelScore("b", 0.45)));

        assertEquals(0.5 * 0.95 + 0.5 * 0.45, CalibrationError.expected(predictions, List.of("b", "a")), 1e-9);
    }

    @Test
    void noTextsNoError() {
        assertEquals(0.0, CalibrationError.expected(List.of(), List.of()));
    }
}
