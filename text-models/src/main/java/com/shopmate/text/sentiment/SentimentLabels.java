package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabelScore;

import java.util.List;

/**
 * The polarity labels of the sentiment data sets and of the trained model. The Chinese data sets label only
 * {@link #POSITIVE} and {@link #NEGATIVE}; twitter_airline_sentiment adds {@link #NEUTRAL}.
 */
public final class SentimentLabels {

    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";

    private SentimentLabels() {
    }

    /** The probability {@code ranked} gives {@code label}, 0 when the sub-model has no such label. */
    public static double probability(List<LabelScore> ranked, String label) {
        for (LabelScore score : ranked) {
            if (score.label().equals(label)) {
                return score.probability();
            }
        }
        return 0;
    }
}
