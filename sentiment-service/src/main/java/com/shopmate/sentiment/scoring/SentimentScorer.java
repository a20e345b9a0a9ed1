package com.shopmate.sentiment.scoring;

/**
 * Rates the tone of one utterance. The lexicon baseline implements it today; a trained model replaces it behind
 * this interface without the Kafka side noticing.
 */
public interface SentimentScorer {

    Sentiment score(String text);

    /** Recorded on every event, for audits and A/B comparison. */
    String modelVersion();
}
