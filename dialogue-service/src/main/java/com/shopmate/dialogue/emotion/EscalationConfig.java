package com.shopmate.dialogue.emotion;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.util.Set;

/** How the escalation risk weighs what it reads (docs/operations.md lists these with their defaults). */
@ConfigMapping(prefix = "shopmate.dialogue.escalation")
public interface EscalationConfig {

    /** Weight of the latest turn's distress. */
    @WithDefault("0.55")
    double levelWeight();

    /** Weight of the rise in distress over the last turns. */
    @WithDefault("0.25")
    double trendWeight();

    /** Added when the last two shopper turns were both distressed: anger that lasts, not a word in passing. */
    @WithDefault("0.25")
    double sustainedWeight();

    /** Distress of a turn from which it counts toward {@code sustainedWeight}. */
    @WithDefault("0.45")
    double sustainedFrom();

    /** Weight of the bot's consecutive failures to understand, full at three. */
    @WithDefault("0.15")
    double fallbackWeight();

    /** Added when the shopper asks what they already asked. */
    @WithDefault("0.15")
    double repeatWeight();

    /** Added when an order discussed is worth at least {@code high-value-order}. */
    @WithDefault("0.05")
    double valueWeight();

    @WithDefault("2000")
    BigDecimal highValueOrder();

    /** Added for a customer of these tiers (the policy's tier codes). */
    @WithDefault("0.05")
    double tierWeight();

    @WithDefault("gold,platinum,diamond")
    Set<String> valuedTiers();

    /** How many shopper turns the trajectory keeps. */
    @WithDefault("8")
    int keptTurns();
}
