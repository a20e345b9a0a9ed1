package com.shopmate.sentiment.scoring;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "shopmate.sentiment")
public interface ScoringConfig {

    /** Class-path resource of the lexicon. */
    String lexicon();

    /** The lexicon baseline: a score closer to 0 than this is neutral. */
    double neutralBand();

    /**
     * Folder of trained model versions; the newest is loaded at start. A relative path is looked up in the working
     * directory and then in each of its parents (see {@link ModelDirectory}).
     */
    String modelDir();

    /**
     * The trained model, for a language whose data has no neutral class (Chinese): a p(positive) − p(negative)
     * closer to 0 than this is neutral.
     */
    double modelNeutralBand();
}
