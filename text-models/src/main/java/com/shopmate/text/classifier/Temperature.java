package com.shopmate.text.classifier;

/** Temperature scaling of probabilities: softmax(z / T) is p^(1/T), renormalised, so no logits are needed. */
public final class Temperature {

    private Temperature() {
    }

    /** Rescales {@code p} (a distribution) in place to the temperature {@code t}. */
    public static void apply(float[] p, double t) {
        double exponent = 1 / t;
        double max = 0;
        for (float v : p) {
            max = Math.max(max, v);
        }
        // Relative to the largest probability, so a sharpening temperature (t < 1) cannot overflow.
        double sum = 0;
        double[] scaled = new double[p.length];
        for (int k = 0; k < p.length; k++) {
            scaled[k] = p[k] <= 0 ? 0 : Math.pow(p[k] / max, exponent);
            sum += scaled[k];
        }
        for (int k = 0; k < p.length; k++) {
            p[k] = (float) (scaled[k] / sum);
        }
    }
}
