package com.shopmate.reco.model;

/**
 * What the model learned about pairs: the transition weights, each row as shares (where shoppers go from an item)
 * and those shares by destination (what leads to an item). The shares are derived, so only the weights are saved.
 */
final class ItemGraph {

    private final SparseRows transitions;
    private final SparseRows shares;
    private final SparseRows sharesByDestination;

    ItemGraph(SparseRows transitions) {
        this.transitions = transitions;
        this.shares = transitions.rowNormalised();
        this.sharesByDestination = shares.transposed();
    }

    SparseRows transitions() {
        return transitions;
    }

    SparseRows shares() {
        return shares;
    }

    SparseRows sharesByDestination() {
        return sharesByDestination;
    }

    int itemCount() {
        return transitions.rowCount();
    }
}
