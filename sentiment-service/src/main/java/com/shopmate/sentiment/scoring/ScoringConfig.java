package com.shopmate.sentiment.scoring;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "shopmate.sentiment")
public interface ScoringConfig {

    /** Class-path resource of the lexicon. */
    String lexicon();

    /** A score closer to 0 than this is neutral. */
    double neutralBand();
}
