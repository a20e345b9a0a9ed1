package com.shopmate.nlu.intent;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "shopmate.nlu.intent")
public interface IntentConfig {

    /** Class-path resource of the keyword table. */
    String table();

    /** Below this confidence the best intent is not trusted and the answer is {@code out_of_scope}. */
    double outOfScopeThreshold();
}
