package com.shopmate.tools.eval.reco;

/**
 * HR@10 and NDCG@10 over users, each user's target ranked against its negatives. A tie counts against the target
 * (rank = negatives scoring at least as high), so a model that scores everything alike earns nothing.
 */
final class RankingMetrics {

    static final int CUTOFF = 10;

    private int users;
    private int hits;
    private double gains;

    void add(double targetScore, double[] negativeScores) {
        int rank = 0;
        for (double score : negativeScores) {
            if (score >= targetScore) {
                rank++;
            }
        }
        users++;
        if (rank < CUTOFF) {
            hits++;
            gains += 1 / (Math.log(rank + 2) / Math.log(2));
        }
    }

    double hitRate() {
        return users == 0 ? Double.NaN : (double) hits / users;
    }

    double ndcg() {
        return users == 0 ? Double.NaN : gains / users;
    }

    int users() {
        return users;
    }
}
