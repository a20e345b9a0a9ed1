package com.shopmate.nlu.entity;

import io.smallrye.config.ConfigMapping;

/** The entity settings an operator may change; {@link EntitySettings#DEFAULTS} holds the shipped values. */
@ConfigMapping(prefix = "shopmate.nlu.entity")
public interface EntityConfig {

    /** A regular expression for one order id of the shop's order system, matched case-insensitively as a word. */
    String orderIdPattern();

    /** ISO 3166 region whose national phone numbers need no country code ({@code CN}: 13800138000). */
    String phoneRegion();

    /** Time zone of "today" when the caller gives no reference date, e.g. {@code Asia/Shanghai}. */
    String zone();

    /** ISO 4217 currency of an amount that names none ("一千五", "3万", "1.5k"). */
    String defaultCurrency();

    /** Least similarity (0–1) of a mention to a product's name for the product to be named. */
    double productMinSimilarity();

    /** At most this many equally good products for one mention, best first. */
    int productMaxCandidates();
}
