package com.shopmate.text.classifier;

/** A label and the classifier's probability for it; predictions list these best first. */
public record LabelScore(String label, double probability) {
}
