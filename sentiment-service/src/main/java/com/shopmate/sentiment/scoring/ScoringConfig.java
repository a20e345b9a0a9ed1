package com.shopmate.sentiment.scoring;

import io.smallrye.config.ConfigMapping;

import java.util.List;

@ConfigMapping(prefix = "shopmate.sentiment")
public interface ScoringConfig {

    /** Class-path resource of the lexicon. */
    String lexicon();

    /** The lexicon baseline: a score closer to 0 than this is neutral. */
    double neutralBand();

    /**
     * Folder of trained model versions and the active pointer: the version it names is served, else the newest
     * (see {@code com.shopmate.kit.model.ModelFolder}). A relative path is looked up in the working directory and
     * then in each of its parents.
     */
    String modelDir();

    /** The built-in pack (class-path resources, in file-name order), trained at start when model-dir holds none. */
    List<String> builtInTraining();

    /**
     * A trained model without a neutral class in a language (Chinese, in models trained on the review data sets
     * alone, before the pack): a p(positive) − p(negative) closer to 0 than this is neutral.
     */
    double modelNeutralBand();
}
