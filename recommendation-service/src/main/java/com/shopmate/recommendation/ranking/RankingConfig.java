package com.shopmate.recommendation.ranking;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Set;

/** How suggestions are ranked and limited ({@code shopmate.reco.ranking.*}, docs/operations.md). */
@ConfigMapping(prefix = "shopmate.reco.ranking")
public interface RankingConfig {

    /** Weight of what shoppers take next (the trained model), given the customer's history or the conversation. */
    @WithDefault("0.55")
    double sequenceWeight();

    /** Weight of resemblance to what the shopper has and looks at: category, brand, price band, tags. */
    @WithDefault("0.25")
    double contentWeight();

    /** Weight of popularity (the model's counts, and the shop's ratings and reviews). */
    @WithDefault("0.2")
    double popularityWeight();

    /** Bonus for a product the shop labels a gift, when the shopper looks for one. */
    @WithDefault("0.3")
    double giftBonus();

    /** Categories bought again and again: a customer may be offered what they bought before. */
    @WithDefault("beauty,snacks,baby")
    Set<String> consumableCategories();

    /** Tags a shopper's words never turn into a requirement. */
    @WithDefault("new,新品,budget,高性价比,premium,高端,bestseller,热销,gift,送礼,smart,智能")
    Set<String> notFeatures();

    /** How many of the customer's latest products stand for their taste. */
    @WithDefault("8")
    int recentHistory();
}
