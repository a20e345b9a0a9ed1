package com.shopmate.dialogue.emotion;

import java.math.BigDecimal;
import java.util.List;

/**
 * How likely the conversation is to end with a shopper who gives up on the bot, in [0, 1]: the level and the trend
 * of their distress, whether it lasts, the bot's failures to understand, a question asked again, and what is at
 * stake (the order's value, the customer's tier). Handoff rules compare it with a threshold; replies soften with it.
 */
public final class EscalationRisk {

    private final EscalationConfig weights;

    public EscalationRisk(EscalationConfig weights) {
        this.weights = weights;
    }

    /**
     * @param trajectory the shopper's turns, oldest first, the current one last
     * @param fallbacks  consecutive turns the bot did not understand, before this one
     * @param repeated   whether this turn asks what an earlier one asked
     * @param orderValue the highest total of an order discussed, or null when none was read
     * @param tier       the customer's tier code, or null
     */
    public double of(List<ToneReading> trajectory, int fallbacks, boolean repeated, BigDecimal orderValue,
                     String tier) {
        if (trajectory.isEmpty()) {
            return 0;
        }
        int last = trajectory.size() - 1;
        double level = trajectory.get(last).distress();
        double risk = weights.levelWeight() * level;
        risk += weights.trendWeight() * Math.max(0, trend(trajectory));
        if (last >= 1 && level >= weights.sustainedFrom()
                && trajectory.get(last - 1).distress() >= weights.sustainedFrom()) {
            risk += weights.sustainedWeight();
        }
        risk += weights.fallbackWeight() * Math.min(fallbacks, 3) / 3.0;
        if (repeated) {
            risk += weights.repeatWeight();
        }
        // What is at stake only matters to a shopper who is already unhappy.
        if (level > 0) {
            if (orderValue != null && orderValue.compareTo(weights.highValueOrder()) >= 0) {
                risk += weights.valueWeight();
            }
            if (tier != null && weights.valuedTiers().contains(tier)) {
                risk += weights.tierWeight();
            }
        }
        return Math.min(1, risk);
    }

    /** The latest turn's distress against the mean of the (up to three) turns before it. */
    public static double trend(List<ToneReading> trajectory) {
        int last = trajectory.size() - 1;
        if (last == 0) {
            return 0;
        }
        double before = trajectory.subList(Math.max(0, last - 3), last).stream()
                .mapToDouble(ToneReading::distress).average().orElse(0);
        return trajectory.get(last).distress() - before;
    }
}
