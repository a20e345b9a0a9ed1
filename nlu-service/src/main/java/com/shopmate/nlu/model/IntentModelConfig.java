package com.shopmate.nlu.model;

import io.smallrye.config.ConfigMapping;

import java.util.List;

/** Where the trained intent model comes from. */
@ConfigMapping(prefix = "shopmate.nlu.model")
public interface IntentModelConfig {

    /** Directory of versioned artifacts written by {@code ./shopmate train}; the newest is loaded. */
    String dir();

    /** The built-in training pack (class-path resources), trained at start when {@link #dir()} holds no model. */
    List<String> builtInTraining();
}
