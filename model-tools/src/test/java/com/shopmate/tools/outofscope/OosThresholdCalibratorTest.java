package com.shopmate.tools.outofscope;

import com.shopmate.text.outofscope.OutOfScopeRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shopmate.text.outofscope.OutOfScopeRuleTest.scores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OosThresholdCalibratorTest {

    // threshold, accuracy, in-scope accuracy, OOS recall, OOS precision: higher thresholds trade in-scope for recall.
    private static final List<OosCurvePoint> CURVE = List.of(
            new OosCurvePoint(0.0, 0.90, 0.97, 0.30, 0.90),
            new OosCurvePoint(0.1, 0.91, 0.97, 0.50, 0.85),
            new OosCurvePoint(0.2, 0.92, 0.96, 0.60, 0.80),
            new OosCurvePoint(0.3, 0.92, 0.96, 0.65, 0.75),
            new OosCurvePoint(0.4, 0.91, 0.94, 0.80, 0.60),
            new OosCurvePoint(0.5, 0.88, 0.90, 0.95, 0.40));

    @Test
    void choosesTheBestInScopeAccuracyThatKeepsTheRecallTarget() {
        OosCurvePoint chosen = OosThresholdCalibrator.choose(CURVE, 0.6);

        assertEquals(0.3, chosen.threshold(), "0.2 and 0.3 tie on in-scope accuracy; 0.3 catches more");
    }

    @Test
    void aHigherRecallTargetCostsInScopeAccuracy() {
        assertEquals(0.4, OosThresholdCalibrator.choose(CURVE, 0.8).threshold());
    }

    @Test
    void anUnreachableTargetFallsBackToTheBestAccuracy() {
        OosCurvePoint chosen = OosThresholdCalibrator.choose(CURVE, 0.99);

        assertEquals(0.2, chosen.threshold());
        assertFalse(OosThresholdCalibrator.meetsTarget(chosen, 0.99));
    }

    @Test
    void calibrationOnValidationPredictionsUsesTheThresholdAlone() {
        // Two in-scope rows (confidences 0.9 and 0.6) and two out-of-scope rows that the class itself catches
        // (in-scope confidences 0.5 and 0.8): the threshold must catch one of them by itself.
        List<String> gold = List.of("a", "b", "oos", "oos");
        var predictions = List.of(
                scores("a", 0.9, "b", 0.1, "oos", 0.0),
                scores("b", 0.6, "a", 0.4, "oos", 0.0),
                scores("oos", 0.8, "a", 0.1, "b", 0.1),
                scores("oos", 0.5, "a", 0.4, "b", 0.1));

        OosCalibration c = OosThresholdCalibrator.calibrate(predictions, gold, "oos", 0.5);

        assertTrue(c.meetsTarget());
        assertEquals(0.51, c.chosen().threshold(), 1e-9);
        assertEquals(1.0, c.chosen().inScopeAccuracy());
        assertEquals(0.5, c.chosen().oosRecall());
        assertEquals(OosCurve.STEPS + 1, c.curve().size());
    }

    @Test
    void curveCountsInScopeAccuracyRecallAndPrecision() {
        List<String> gold = List.of("a", "b", "oos", "oos");
        var predictions = List.of(
                scores("a", 0.9, "b", 0.1),
                scores("a", 0.55, "b", 0.45),
                scores("b", 0.4, "a", 0.35, "oos", 0.25),
                scores("a", 0.95, "b", 0.05));

        OosCurvePoint p = OosCurve.point(predictions, gold, new OutOfScopeRule("oos", 0.6),
                OosCurve.Mode.CLASS_AND_THRESHOLD);

        assertEquals(0.5, p.inScopeAccuracy(), "a kept; b wrongly called a, then cut by the threshold anyway");
        assertEquals(0.5, p.oosRecall());
        assertEquals(0.5, p.oosPrecision(), "the second row was called out-of-scope too");
        assertEquals(0.5, p.accuracy());
    }
}
