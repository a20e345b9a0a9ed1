package com.shopmate.nlu.entity;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "shopmate.nlu.entity")
public interface EntityConfig {

    /** A regular expression for one order id of the shop's order system, matched case-insensitively as a word. */
    String orderIdPattern();
}
