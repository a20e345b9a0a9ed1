package com.shopmate.sentiment.scoring;

import com.shopmate.text.classifier.TextClassifier;
import com.shopmate.text.sentiment.SentimentPredictor;

/**
 * Polarity and emotion learned, intensity stressed by rules. The classifier (per language: TF-IDF n-grams and a bge
 * embedding into a softmax) is trained on the built-in pack's tones ({@code negative/anger}) and, when the review
 * data sets were there, on their bare polarities; {@link SentimentPredictor} reads its labels as a polarity, a score
 * p(positive) − p(negative) and an emotion. Intensity is that margin, stressed or softened by what the lexicon finds
 * (intensifiers, "!"). A model trained before the pack names no emotion: the lexicon's cues give it, as they did.
 */
public final class TrainedSentimentScorer implements SentimentScorer {

    static final String VERSION_PREFIX = "trained-";

    private final SentimentPredictor predictor;
    private final LexiconSentimentScorer lexicon;
    private final String modelVersion;

    /**
     * @param neutralBand for a language without a neutral class: |p(positive) − p(negative)| below it is neutral
     * @throws IllegalArgumentException when the classifier is no sentiment model
     */
    public TrainedSentimentScorer(TextClassifier classifier, LexiconSentimentScorer lexicon, double neutralBand) {
        this.predictor = new SentimentPredictor(classifier, neutralBand);
        this.lexicon = lexicon;
        // The intensity rules decide as much as the weights: name both.
        this.modelVersion = VERSION_PREFIX + classifier.version() + "+" + lexicon.modelVersion();
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public Sentiment score(String text) {
        SentimentPredictor.Prediction prediction = predictor.predict(text);
        LexiconReading reading = lexicon.read(text);
        // Emphasis above 1 moves the margin towards 1, below 1 towards 0; it stays in [0, 1] without clipping.
        double intensity = 1 - Math.pow(1 - Math.abs(prediction.score()), reading.emphasis());
        String emotion = prediction.emotion().orElseGet(() -> lexicon.emotion(reading, prediction.polarity()));
        return new Sentiment(prediction.polarity(), LexiconSentimentScorer.rounded(prediction.score()),
                LexiconSentimentScorer.rounded(intensity), emotion);
    }
}
