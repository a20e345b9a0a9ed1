package com.shopmate.sentiment.scoring;

/**
 * @param polarity  {@code positive}, {@code neutral} or {@code negative}
 * @param score     signed polarity in [-1, 1]
 * @param intensity how strongly it is felt, in [0, 1]
 * @param emotion   {@code anger}, {@code frustration}, {@code anxiety}, {@code satisfaction} or {@code neutral}
 */
public record Sentiment(String polarity, double score, double intensity, String emotion) {

    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";
}
