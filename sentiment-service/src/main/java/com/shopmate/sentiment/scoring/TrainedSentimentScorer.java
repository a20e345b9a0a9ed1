package com.shopmate.sentiment.scoring;

import com.shopmate.text.classifier.LabelScore;
import com.shopmate.text.classifier.LanguageModel;
import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentLabels;

import java.util.List;
import java.util.Set;

/**
 * Polarity learned, emotion by rules. The trained classifier (per language: TF-IDF n-grams and a bge embedding
 * into a softmax) gives p(positive), p(neutral), p(negative): the polarity is the likeliest class, and the score
 * p(positive) − p(negative). Chinese has no neutral class in its training data, so there a score within
 * {@code neutralBand} of 0 is neutral. Intensity is that margin, stressed or softened by what the lexicon finds
 * (intensifiers, "!"); the emotion is the lexicon's, never one that contradicts the learned polarity.
 */
public final class TrainedSentimentScorer implements SentimentScorer {

    static final String VERSION_PREFIX = "trained-";
    private static final Set<String> POLARITIES = Set.of(Sentiment.POSITIVE, Sentiment.NEUTRAL, Sentiment.NEGATIVE);

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
            if (!POLARITIES.containsAll(model.labels()) || !model.labels().contains(Sentiment.POSITIVE)
                    || !model.labels().contains(Sentiment.NEGATIVE)) {
                throw new IllegalArgumentException("not a sentiment model: the " + model.language().code()
                        + " labels are " + model.labels() + ", expected positive, negative and maybe neutral");
            }
        }
        this.classifier = classifier;
        this.lexicon = lexicon;
        this.neutralBand = neutralBand;
        // The emotion rules decide as much as the weights: name both.
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
        double score = SentimentLabels.probability(ranked, Sentiment.POSITIVE)
                - SentimentLabels.probability(ranked, Sentiment.NEGATIVE);
        String polarity;
        if (model.labels().contains(Sentiment.NEUTRAL)) {
            polarity = ranked.get(0).label();
        } else {
            polarity = Math.abs(score) < neutralBand ? Sentiment.NEUTRAL
                    : score > 0 ? Sentiment.POSITIVE : Sentiment.NEGATIVE;
        }
        LexiconReading reading = lexicon.read(text);
        // Emphasis above 1 moves the margin towards 1, below 1 towards 0; it stays in [0, 1] without clipping.
        double intensity = 1 - Math.pow(1 - Math.abs(score), reading.emphasis());
        return new Sentiment(polarity, LexiconSentimentScorer.rounded(score),
                LexiconSentimentScorer.rounded(intensity), lexicon.emotion(reading, polarity));
    }
}
