package com.shopmate.tools.outofscope;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.outofscope.OutOfScopeRule;

import java.util.ArrayList;
import java.util.List;

/** The out-of-scope trade-off over thresholds: a higher threshold catches more out-of-scope, and loses in-scope. */
public final class OosCurve {

    /** Whether the out-of-scope class takes part in the decision, or only the threshold. */
    public enum Mode {
        /** {@link OutOfScopeRule#decide}: what the rule does in production. */
        CLASS_AND_THRESHOLD,
        /** {@link OutOfScopeRule#decideByThreshold}: what the threshold alone catches. */
        THRESHOLD_ONLY
    }

    /** Thresholds 0.00, 0.01, ... 1.00. */
    public static final int STEPS = 100;

    private OosCurve() {
    }

    /**
     * @param predictions ranked labels per example, as {@code TextClassifier.predict} gives them
     * @param gold        the true label per example
     */
    public static List<OosCurvePoint> compute(List<List<LabelScore>> predictions, List<String> gold, String oosLabel,
                                              Mode mode) {
        List<Double> thresholds = new ArrayList<>();
        for (int i = 0; i <= STEPS; i++) {
            thresholds.add(i / (double) STEPS);
        }
        return compute(predictions, gold, oosLabel, mode, thresholds);
    }

    public static List<OosCurvePoint> compute(List<List<LabelScore>> predictions, List<String> gold, String oosLabel,
                                              Mode mode, List<Double> thresholds) {
        if (predictions.size() != gold.size()) {
            throw new IllegalArgumentException(predictions.size() + " predictions for " + gold.size() + " labels");
        }
        List<OosCurvePoint> curve = new ArrayList<>();
        for (double threshold : thresholds) {
            curve.add(point(predictions, gold, new OutOfScopeRule(oosLabel, threshold), mode));
        }
        return curve;
    }

    public static OosCurvePoint point(List<List<LabelScore>> predictions, List<String> gold, OutOfScopeRule rule,
                                      Mode mode) {
        int inScope = 0;
        int inScopeRight = 0;
        int oos = 0;
        int oosCaught = 0;
        int predictedOos = 0;
        for (int i = 0; i < gold.size(); i++) {
            String predicted = mode == Mode.CLASS_AND_THRESHOLD ? rule.decide(predictions.get(i))
                    : rule.decideByThreshold(predictions.get(i));
            boolean isOos = gold.get(i).equals(rule.label());
            boolean saidOos = predicted.equals(rule.label());
            if (saidOos) {
                predictedOos++;
            }
            if (isOos) {
                oos++;
                if (saidOos) {
                    oosCaught++;
                }
            } else {
                inScope++;
                if (predicted.equals(gold.get(i))) {
                    inScopeRight++;
                }
            }
        }
        return new OosCurvePoint(rule.threshold(), ratio(inScopeRight + oosCaught, gold.size()),
                ratio(inScopeRight, inScope), ratio(oosCaught, oos), ratio(oosCaught, predictedOos));
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }
}
