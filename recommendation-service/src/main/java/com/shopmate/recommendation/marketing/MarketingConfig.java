package com.shopmate.recommendation.marketing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often a shopper may be offered something unasked ({@code shopmate.reco.marketing.*}). */
@ConfigMapping(prefix = "shopmate.reco.marketing")
public interface MarketingConfig {

    /** Unasked suggestions per shopper within {@link #capWindow()}. */
    @WithDefault("2")
    int cap();

    @WithDefault("24H")
    Duration capWindow();
}
