package com.shopmate.sentiment.scoring;

/** Which scorer scores the next utterance: the service swaps models while it runs. */
public interface CurrentScorer {

    /** Take it once per utterance, and score and label the utterance with that one. */
    SentimentScorer current();
}
