package com.shopmate.tools.eval.nlu;

import com.shopmate.text.classifier.LabelScore;

import java.util.List;

/**
 * Expected calibration error: texts binned by top confidence into ten equal-width bins, then the gap between each
 * bin's mean confidence and its accuracy, weighted by the bin's share of texts. 0 means "0.8" is right 80% of the
 * time; an over-confident model scores high.
 */
public final class CalibrationError {

    private static final int BINS = 10;

    private CalibrationError() {
    }

    public static double expected(List<List<LabelScore>> predictions, List<String> gold) {
        if (predictions.isEmpty()) {
            return 0;
        }
        double[] confidence = new double[BINS];
        int[] correct = new int[BINS];
        int[] count = new int[BINS];
        for (int i = 0; i < predictions.size(); i++) {
            LabelScore top = predictions.get(i).get(0);
            int bin = Math.min(BINS - 1, (int) (top.probability() * BINS));
            confidence[bin] += top.probability();
            count[bin]++;
            if (top.label().equals(gold.get(i))) {
                correct[bin]++;
            }
        }
        double error = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                error += Math.abs(confidence[b] - correct[b]) / predictions.size();
            }
        }
        return error;
    }
}
