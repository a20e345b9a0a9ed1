package com.shopmate.reco.model;

/**
 * The prior every item starts from: {@code log(1 + c)}, where c counts the item's occurrences, each weighing
 * {@code popularityRecencyDecay^k} with k its distance from the end of its sequence. Sequences carry no clock, so
 * "near the end of shoppers' sequences" stands in for "lately": a product in fashion now beats one that was.
 */
final class PopularityPrior {

    private PopularityPrior() {
    }

    static double[] recentCounts(int[][] sequences, int itemCount, double recencyDecay) {
        double[] counts = new double[itemCount];
        for (int[] sequence : sequences) {
            double weight = 1;
            for (int i = sequence.length - 1; i >= 0; i--) {
                counts[sequence[i]] += weight;
                weight *= recencyDecay;
            }
        }
        return counts;
    }

    static double[] logOf(double[] counts) {
        double[] logs = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            logs[i] = Math.log1p(counts[i]);
        }
        return logs;
    }
}
