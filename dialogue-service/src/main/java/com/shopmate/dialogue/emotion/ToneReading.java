package com.shopmate.dialogue.emotion;

import com.shopmate.events.SentimentScored;

/**
 * The tone of one shopper's turn, as the conversation keeps it.
 *
 * @param polarity  {@code positive}, {@code neutral} or {@code negative}
 * @param emotion   {@code anger}, {@code frustration}, {@code anxiety}, {@code satisfaction} or {@code neutral}
 * @param intensity in [0, 1]
 * @param text      what the shopper wrote, so an agent sees what the reading is of
 */
public record ToneReading(String polarity, String emotion, double intensity, String text) {

    /** A turn whose sentiment did not arrive in time reads as neutral: no tone is better than a guessed one. */
    public static ToneReading of(SentimentScored sentiment, String text) {
        if (sentiment == null) {
            return new ToneReading("neutral", "neutral", 0, text);
        }
        return new ToneReading(sentiment.polarity(), sentiment.emotion(), sentiment.intensity(), text);
    }

    /** How much ill feeling the turn carries, in [0, 1]: anger counts in full, anxiety by half, a kind word not at all. */
    public double distress() {
        if (!"negative".equals(polarity)) {
            return 0;
        }
        double weight = switch (emotion) {
            case "anger" -> 1.0;
            case "frustration" -> 0.85;
            case "anxiety" -> 0.5;
            default -> 0.6;
        };
        return weight * Math.max(0, Math.min(1, intensity));
    }
}
