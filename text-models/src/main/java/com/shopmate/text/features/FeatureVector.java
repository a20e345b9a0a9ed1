package com.shopmate.text.features;

/**
 * What a classifier sees of one text: sparse n-gram weights, then a dense block (the weighted sentence embedding)
 * whose features come after the sparse ones.
 */
public record FeatureVector(SparseVector sparse, float[] dense) {
}
