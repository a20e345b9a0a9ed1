package com.shopmate.tools.outofscope;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.outofscope.OutOfScopeRule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Picks the out-of-scope threshold on validation data: the best in-scope accuracy among the thresholds that catch
 * at least {@code targetRecall} of the out-of-scope examples. In-scope accuracy is what most shoppers experience;
 * the recall floor is the promise for the rest.
 *
 * <p>The threshold is chosen on what it catches alone, with the out-of-scope class ignored. Validation
 * out-of-scope rows come from the same pool as the training ones, so the class recognises them far better than
 * the out-of-scope traffic of production, which is anything at all. A threshold that reaches the target by itself
 * does not depend on the class having seen the kind of question asked; the class then only adds recall.
 */
public final class OosThresholdCalibrator {

    public static final double DEFAULT_TARGET_RECALL = 0.6;

    private OosThresholdCalibrator() {
    }

    /**
     * @param predictions ranked labels of the validation rows
     * @param gold        their true labels
     */
    public static OosCalibration calibrate(List<List<LabelScore>> predictions, List<String> gold, String oosLabel,
                                           double targetRecall) {
        List<OosCurvePoint> curve = OosCurve.compute(predictions, gold, oosLabel, OosCurve.Mode.THRESHOLD_ONLY);
        OosCurvePoint chosen = choose(curve, targetRecall);
        return new OosCalibration(new OutOfScopeRule(oosLabel, chosen.threshold()), chosen, curve,
                meetsTarget(chosen, targetRecall));
    }

    /**
     * The best in-scope accuracy with OOS recall at least {@code targetRecall}; ties go to the higher recall,
     * then to the lower threshold. When no point reaches the target (or the curve has no out-of-scope rows), the
     * best overall accuracy is taken instead.
     */
    public static OosCurvePoint choose(List<OosCurvePoint> curve, double targetRecall) {
        if (curve.isEmpty()) {
            throw new IllegalArgumentException("empty curve");
        }
        Comparator<OosCurvePoint> lowerThresholdFirst = Comparator.comparingDouble(OosCurvePoint::threshold).reversed();
        Optional<OosCurvePoint> best = curve.stream()
                .filter(p -> meetsTarget(p, targetRecall))
                .max(Comparator.comparingDouble(OosCurvePoint::inScopeAccuracy)
                        .thenComparingDouble(OosCurvePoint::oosRecall)
                        .thenComparing(lowerThresholdFirst));
        return best.orElseGet(() -> curve.stream()
                .max(Comparator.comparingDouble(OosCurvePoint::accuracy).thenComparing(lowerThresholdFirst))
                .orElseThrow());
    }

    static boolean meetsTarget(OosCurvePoint point, double targetRecall) {
        return !Double.isNaN(point.oosRecall()) && point.oosRecall() >= targetRecall;
    }
}
