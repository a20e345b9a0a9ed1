package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.LanguageModel;
import com.shopmate.text.classifier.TextClassifier;

import java.util.List;
import java.util.Optional;

/**
 * Reads a sentiment classifier's ranked labels as a polarity, a score and an emotion, the same for sentiment-service
 * and for the evaluation. The polarity is the likeliest of p(positive), p(neutral) and p(negative), each the sum over
 * its labels (a review's bare {@code negative} and the pack's {@code negative/anger} alike); the score is
 * p(positive) − p(negative); the emotion is that of the likeliest tone that does not contradict the polarity.
 *
 * <p>Models trained on the review data sets alone (before the pack) still read: a language without a neutral class
 * is neutral within {@code neutralBand} of 0, and a model without tones names no emotion.
 */
public final class SentimentPredictor {

    /** @param emotion empty when the model was trained on no tones */
    public record Prediction(String polarity, double score, Optional<String> emotion) {
    }

    private final TextClassifier classifier;
    private final double neutralBand;

    /**
     * @param neutralBand for a language without a neutral class: |p(positive) − p(negative)| below it is neutral
     * @throws IllegalArgumentException when the classifier's labels are no polarities or tones
     */
    public SentimentPredictor(TextClassifier classifier, double neutralBand) {
        if (neutralBand < 0 || neutralBand >= 1) {
            throw new IllegalArgumentException("model neutral band must be in [0, 1), got " + neutralBand);
        }
        for (LanguageModel model : classifier.languageModels()) {
            List<String> labels = model.labels();
            if (!labels.stream().allMatch(SentimentPredictor::isSentimentLabel)
                    || !hasPolarity(model, SentimentLabels.POSITIVE) || !hasPolarity(model, SentimentLabels.NEGATIVE)) {
                throw new IllegalArgumentException("not a sentiment model: the " + model.language().code()
                        + " labels are " + labels + ", expected polarities (positive, negative, maybe neutral) or"
                        + " tones such as negative/anger");
            }
        }
        this.classifier = classifier;
        this.neutralBand = neutralBand;
    }

    public String version() {
        return classifier.version();
    }

    public Prediction predict(String text) {
        LanguageModel model = classifier.modelFor(text);
        List<LabelScore> ranked = model.predict(text);
        double positive = SentimentLabels.probability(ranked, SentimentLabels.POSITIVE);
        double negative = SentimentLabels.probability(ranked, SentimentLabels.NEGATIVE);
        double score = positive - negative;
        String polarity;
        if (hasPolarity(model, SentimentLabels.NEUTRAL)) {
            double neutral = SentimentLabels.probability(ranked, SentimentLabels.NEUTRAL);
            polarity = neutral >= positive && neutral >= negative ? SentimentLabels.NEUTRAL
                    : positive > negative ? SentimentLabels.POSITIVE : SentimentLabels.NEGATIVE;
        } else {
            polarity = Math.abs(score) < neutralBand ? SentimentLabels.NEUTRAL
                    : score > 0 ? SentimentLabels.POSITIVE : SentimentLabels.NEGATIVE;
        }
        return new Prediction(polarity, score, emotion(ranked, polarity));
    }

    private static Optional<String> emotion(List<LabelScore> ranked, String polarity) {
        for (LabelScore score : ranked) {
            Optional<String> emotion = SentimentLabels.emotionOf(score.label());
            if (emotion.isPresent() && !SentimentLabels.contradicts(emotion.get(), polarity)) {
                return emotion;
            }
        }
        return Optional.empty();
    }

    private static boolean isSentimentLabel(String label) {
        return SentimentLabels.POLARITIES.contains(SentimentLabels.polarityOf(label))
                && SentimentLabels.emotionOf(label).map(SentimentLabels.EMOTIONS::contains).orElse(true);
    }

    private static boolean hasPolarity(LanguageModel model, String polarity) {
        return model.labels().stream().anyMatch(label -> SentimentLabels.polarityOf(label).equals(polarity));
    }
}
