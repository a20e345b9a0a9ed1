package com.shopmate.reco.model;

/**
 * The scores of one shopper's history: direct links from the recent items ({@code sum w_h * T[h][c]}), links
 * through one intermediate item ({@code sum_n direct[n] * share[n][c]}, which reaches items no history item was
 * ever seen with) and the popularity prior. One instance per call.
 */
final class HistoryScores {

    private final ItemGraph graph;
    private final WeightedHistory history;
    private final NextItemSettings settings;
    private final double[] popularity;
    private final SparseAccumulator direct;

    HistoryScores(ItemGraph graph, WeightedHistory history, NextItemSettings settings, double[] popularity) {
        this.graph = graph;
        this.history = history;
        this.settings = settings;
        this.popularity = popularity;
        SparseRows transitions = graph.transitions();
        int reach = 0;
        for (int item : history.items()) {
            reach += transitions.end(item) - transitions.start(item);
        }
        this.direct = new SparseAccumulator(reach);
        for (int k = 0; k < history.items().length; k++) {
            int item = history.items()[k];
            double weight = history.weights()[k];
            for (int e = transitions.start(item); e < transitions.end(item); e++) {
                direct.add(transitions.column(e), weight * transitions.weight(e));
            }
        }
    }

    double scoreOf(int item) {
        SparseRows reaching = graph.sharesByDestination();
        double twoHop = 0;
        for (int e = reaching.start(item); e < reaching.end(item); e++) {
            twoHop += direct.get(reaching.column(e)) * reaching.weight(e);
        }
        return direct.get(item) + settings.twoHopWeight() * twoHop + settings.popularityWeight() * popularity[item];
    }

    /** Every item's score at once: one pass over the rows the history reaches instead of one sum per item. */
    double[] allScores() {
        SparseRows shares = graph.shares();
        double[] scores = new double[graph.itemCount()];
        direct.forEach((via, weight) -> {
            scores[via] += weight;
            double onward = settings.twoHopWeight() * weight;
            for (int e = shares.start(via); e < shares.end(via); e++) {
                scores[shares.column(e)] += onward * shares.weight(e);
            }
        });
        for (int item = 0; item < scores.length; item++) {
            scores[item] += settings.popularityWeight() * popularity[item];
        }
        return scores;
    }

    /** The history item whose links add most to the item's score, or -1 when none adds anything. */
    int strongestContributor(int item) {
        SparseRows transitions = graph.transitions();
        SparseRows shares = graph.shares();
        int best = -1;
        double bestContribution = 0;
        for (int k = 0; k < history.items().length; k++) {
            int source = history.items()[k];
            double viaOthers = 0;
            for (int e = transitions.start(source); e < transitions.end(source); e++) {
                viaOthers += transitions.weight(e) * shares.weight(transitions.column(e), item);
            }
            double contribution = history.weights()[k]
                    * (transitions.weight(source, item) + settings.twoHopWeight() * viaOthers);
            if (contribution > bestContribution) {
                best = source;
                bestContribution = contribution;
            }
        }
        return best;
    }
}
