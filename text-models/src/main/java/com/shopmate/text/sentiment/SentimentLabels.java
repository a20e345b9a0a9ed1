package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabelScore;

import java.util.List;
import java.util.Optional;

/**
 * The labels of the sentiment model. A review data set labels a text with a bare polarity ({@code negative});
 * the built-in pack with a tone, a polarity and an emotion ({@code negative/anger}). One classifier learns both
 * kinds side by side: the polarity of a text is the sum over every label of that polarity, and its emotion the
 * likeliest tone (see sentiment-service's TrainedSentimentScorer).
 */
public final class SentimentLabels {

    public static final String POSITIVE = "positive";
    public static final String NEUTRAL = "neutral";
    public static final String NEGATIVE = "negative";
    public static final List<String> POLARITIES = List.of(POSITIVE, NEUTRAL, NEGATIVE);

    public static final String ANGER = "anger";
    public static final String FRUSTRATION = "frustration";
    public static final String ANXIETY = "anxiety";
    public static final String SATISFACTION = "satisfaction";
    /** No particular emotion: the same word as the neutral polarity. */
    public static final String NO_EMOTION = NEUTRAL;
    public static final List<String> EMOTIONS = List.of(ANGER, FRUSTRATION, ANXIETY, SATISFACTION, NO_EMOTION);

    private static final String TONE_SEPARATOR = "/";

    private SentimentLabels() {
    }

    /** The label of a polarity and an emotion: {@code negative/anger}. */
    public static String tone(String polarity, String emotion) {
        return polarity + TONE_SEPARATOR + emotion;
    }

    /** {@code negative} for {@code negative/anger} and for {@code negative}. */
    public static String polarityOf(String label) {
        int at = label.indexOf(TONE_SEPARATOR);
        return at < 0 ? label : label.substring(0, at);
    }

    /** {@code anger} for {@code negative/anger}; empty for a bare polarity, which says nothing of emotion. */
    public static Optional<String> emotionOf(String label) {
        int at = label.indexOf(TONE_SEPARATOR);
        return at < 0 ? Optional.empty() : Optional.of(label.substring(at + 1));
    }

    /**
     * Whether a writer may label a text of {@code polarity} with {@code emotion}: satisfaction only a positive one;
     * anger, frustration and anxiety only a negative one; no emotion any.
     */
    public static boolean fits(String emotion, String polarity) {
        return switch (emotion) {
            case SATISFACTION -> polarity.equals(POSITIVE);
            case ANGER, FRUSTRATION, ANXIETY -> polarity.equals(NEGATIVE);
            default -> emotion.equals(NO_EMOTION);
        };
    }

    /**
     * Whether a scorer must refuse {@code emotion} beside a {@code polarity} it decided separately: satisfaction on
     * a negative text, or a negative emotion on a positive one. A neutral text refuses none ("明天就要用，能发吗" is
     * a plain question and anxious).
     */
    public static boolean contradicts(String emotion, String polarity) {
        return switch (emotion) {
            case SATISFACTION -> polarity.equals(NEGATIVE);
            case ANGER, FRUSTRATION, ANXIETY -> polarity.equals(POSITIVE);
            default -> false;
        };
    }

    /** The probability {@code ranked} gives {@code polarity}: the sum over its bare label and all its tones. */
    public static double probability(List<LabelScore> ranked, String polarity) {
        double sum = 0;
        for (LabelScore score : ranked) {
            if (polarityOf(score.label()).equals(polarity)) {
                sum += score.probability();
            }
        }
        return sum;
    }
}
