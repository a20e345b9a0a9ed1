package com.shopmate.sentiment.scoring;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.LanguageModel;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentLabels;

import java.util.List;
import java.util.Optional;

/**
 * Polarity and emotion learned, intensity stressed by rules. The classifier (per language: TF-IDF n-grams and a bge
 * embedding into a softmax) is trained on tones such as {@code negative/anger} (the built-in pack) and, when the
 * review data sets were there, on bare polarities: the polarity is the likeliest of p(positive), p(neutral),
 * p(negative), each the sum over its labels, and the score p(positive) − p(negative). The emotion is that of the
 * likeliest tone that does not contradict the polarity. Intensity is the margin, stressed or softened by what the
 * lexicon finds (intensifiers, "!").
 *
 * <p>Models trained before the pack (reviews only) still load: a language without a neutral class is neutral
 * within {@code neutralBand} of 0, and without tones the emotion is the lexicon's.
 */
public final class TrainedSentimentScorer implements SentimentScorer {

    static final String VERSION_PREFIX = "trained-";

    private final TextClassifier classifier;
    private final LexiconSentimentScorer lexicon;
    private final double neutralBand;
    private final String modelVersion;

    /** @param neutralBand for a language without a neutral class: |p(positive) − p(negative)| below it is neutral */
    public TrainedSentimentScorer(TextClassifier classifier, LexiconSentimentScorer lexicon, double neutralBand) {
        if (neutralBand < 0 || neutralBand >= 1) {
            throw new IllegalArgumentException("model neutral band must be in [0, 1), got " + neutralBand);
        }
        for (LanguageModel model : classifier.languageModels()) {
            List<String> labels = model.labels();
            boolean sentimentLabels = labels.stream().allMatch(TrainedSentimentScorer::isSentimentLabel)
                    && hasPolarity(model, Sentiment.POSITIVE) && hasPolarity(model, Sentiment.NEGATIVE);
            if (!sentimentLabels) {
                throw new IllegalArgumentException("not a sentiment model: the " + model.language().code()
                        + " labels are " + labels + ", expected polarities (positive, negative, maybe neutral) or"
                        + " tones such as negative/anger");
            }
        }
        this.classifier = classifier;
        this.lexicon = lexicon;
        this.neutralBand = neutralBand;
        // The intensity rules decide as much as the weights: name both.
        this.modelVersion = VERSION_PREFIX + classifier.version() + "+" + lexicon.modelVersion();
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public Sentiment score(String text) {
        LanguageModel model = classifier.modelFor(text);
        List<LabelScore> ranked = model.predict(text);
        double positive = SentimentLabels.probability(ranked, Sentiment.POSITIVE);
        double negative = SentimentLabels.probability(ranked, Sentiment.NEGATIVE);
        double score = positive - negative;
        String polarity;
        if (hasPolarity(model, Sentiment.NEUTRAL)) {
            double neutral = SentimentLabels.probability(ranked, Sentiment.NEUTRAL);
            polarity = neutral >= positive && neutral >= negative ? Sentiment.NEUTRAL
                    : positive > negative ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
        } else {
            polarity = Math.abs(score) < neutralBand ? Sentiment.NEUTRAL
                    : score > 0 ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
        }
        LexiconReading reading = lexicon.read(text);
        // Emphasis above 1 moves the margin towards 1, below 1 towards 0; it stays in [0, 1] without clipping.
        double intensity = 1 - Math.pow(1 - Math.abs(score), reading.emphasis());
        String emotion = learnedEmotion(ranked, polarity).orElseGet(() -> lexicon.emotion(reading, polarity));
        return new Sentiment(polarity, LexiconSentimentScorer.rounded(score),
                LexiconSentimentScorer.rounded(intensity), emotion);
    }

    /** The emotion of the likeliest tone that does not contradict {@code polarity}; none if the model has no tones. */
    private static Optional<String> learnedEmotion(List<LabelScore> ranked, String polarity) {
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
