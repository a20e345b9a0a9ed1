package com.shopmate.text.calibration;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.Temperature;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the temperature that minimises the negative log-likelihood of held-out gold labels (Guo et al. 2017,
 * "On Calibration of Modern Neural Networks"): one parameter, so a few hundred held-out texts fit it without
 * over-fitting, and the ranking of labels, hence accuracy, is unchanged.
 */
public final class TemperatureFit {

    static final double MIN = 0.05;
    static final double MAX = 20;
    private static final int GOLDEN_SECTION_STEPS = 60;
    // A gold label the model gave (numerically) nothing still counts, as a very confident mistake.
    private static final double FLOOR = 1e-12;

    private TemperatureFit() {
    }

    /**
     * @param predictions each held-out text's uncalibrated distribution over the labels
     * @param gold        each text's right label; a label the model does not know is skipped
     * @return the temperature, in [{@value #MIN}, {@value #MAX}]; 1 when nothing could be fitted
     */
    public static double fit(List<List<LabelScore>> predictions, List<String> gold) {
        Held held = Held.of(predictions, gold);
        if (held.size() == 0) {
            return 1.0;
        }
        // NLL is unimodal in log T for a fixed set of scores: golden-section search over log T.
        double lo = Math.log(MIN);
        double hi = Math.log(MAX);
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double fa = held.negativeLogLikelihood(Math.exp(a));
        double fb = held.negativeLogLikelihood(Math.exp(b));
        for (int i = 0; i < GOLDEN_SECTION_STEPS; i++) {
            if (fa <= fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - ratio * (hi - lo);
                fa = held.negativeLogLikelihood(Math.exp(a));
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + ratio * (hi - lo);
                fb = held.negativeLogLikelihood(Math.exp(b));
            }
        }
        return Math.exp((lo + hi) / 2);
    }

    /** The held-out distributions as arrays, with the gold label's index in each. */
    private record Held(float[][] distributions, int[] goldIndex) {

        static Held of(List<List<LabelScore>> predictions, List<String> gold) {
            if (predictions.size() != gold.size()) {
                throw new IllegalArgumentException(predictions.size() + " predictions for " + gold.size() + " labels");
            }
            float[][] distributions = new float[predictions.size()][];
            int[] index = new int[predictions.size()];
            int n = 0;
            for (int i = 0; i < predictions.size(); i++) {
                List<LabelScore> ranked = predictions.get(i);
                int at = -1;
                float[] p = new float[ranked.size()];
                for (int k = 0; k < p.length; k++) {
                    p[k] = (float) ranked.get(k).probability();
                    if (ranked.get(k).label().equals(gold.get(i))) {
                        at = k;
                    }
                }
                if (at >= 0) {
                    distributions[n] = p;
                    index[n++] = at;
                }
            }
            return new Held(Arrays.copyOf(distributions, n), Arrays.copyOf(index, n));
        }

        int size() {
            return goldIndex.length;
        }

        double negativeLogLikelihood(double t) {
            double sum = 0;
            for (int i = 0; i < goldIndex.length; i++) {
                float[] p = distributions[i].clone();
                Temperature.apply(p, t);
                sum -= Math.log(Math.max(p[goldIndex[i]], FLOOR));
            }
            return sum / goldIndex.length;
        }
    }
}
