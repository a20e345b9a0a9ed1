package com.shopmate.recommendation.ranking;

import java.util.Arrays;

/** Scores as their rank among the candidates, in [0, 1]: equal scores share a rank, all-equal scores are 0. */
final class Ranks {

    private Ranks() {
    }

    static double[] percentiles(double[] scores) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[scores.length];
        if (sorted.length == 0 || sorted[0] == sorted[sorted.length - 1]) {
            return ranks;
        }
        for (int i = 0; i < scores.length; i++) {
            // How many candidates score lower: ties share the rank of the lowest of them.
            int below = lowerBound(sorted, scores[i]);
            ranks[i] = below / (double) (scores.length - 1);
        }
        return ranks;
    }

    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
