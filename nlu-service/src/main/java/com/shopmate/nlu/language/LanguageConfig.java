package com.shopmate.nlu.language;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "shopmate.nlu.language")
public interface LanguageConfig {

    /** Share of Han characters among the units of a text (Han characters and English words) that makes it Chinese. */
    double chineseShare();
}
