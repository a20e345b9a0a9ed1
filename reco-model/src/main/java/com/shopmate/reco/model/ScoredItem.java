package com.shopmate.reco.model;

/** One suggestion: an item id and its score (higher is better; comparable within one call only). */
public record ScoredItem(String item, double score) {
}
