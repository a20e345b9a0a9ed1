package com.shopmate.nlu.model;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** Where the trained model (intents and the training data's entities) comes from, and how its tagger answers. */
@ConfigMapping(prefix = "shopmate.nlu.model")
public interface IntentModelConfig {

    /** Directory of versioned artifacts written by {@code ./shopmate train}; the newest is loaded. */
    String dir();

    /** The built-in training pack (class-path resources), trained at start when {@link #dir()} holds no model. */
    List<String> builtInTraining();

    /** Below this confidence (0–1) a value the entity tagger found from context is dropped. */
    double taggerMinConfidence();
}
