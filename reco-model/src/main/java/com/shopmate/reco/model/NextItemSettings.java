package com.shopmate.reco.model;

/**
 * How {@link NextItemModel} learns and scores. The defaults were tuned on the leave-one-out validation of
 * amazon_beauty ({@code ./shopmate reco-eval --validate}); see the module README for the figures.
 *
 * @param window                 how many following items of a sequence an item is linked to
 * @param distanceDecay          weight of a link per step apart beyond the next one: {@code decay^(distance-1)}
 * @param backwardWeight         weight of the reverse link (b after a also says a fits with b), 0 for none
 * @param historyLength          how many of the shopper's most recent items are scored from
 * @param historyDecay           weight of a history item per step back from the most recent: {@code decay^age}
 * @param twoHopWeight           weight of items reached through one intermediate item (sparse pairs generalise)
 * @param popularityWeight       weight of the popularity prior, {@link NextItemModel#popularity}
 * @param popularityRecencyDecay weight of an occurrence per step from the end of its sequence in the popularity
 *                               count: what shoppers took lately counts more than what they took long ago
 */
public record NextItemSettings(int window, double distanceDecay, double backwardWeight, int historyLength,
                               double historyDecay, double twoHopWeight, double popularityWeight,
                               double popularityRecencyDecay) {

    public NextItemSettings {
        requireAtLeast("window", window, 1);
        requireAtLeast("historyLength", historyLength, 1);
        requireFraction("distanceDecay", distanceDecay);
        requireFraction("historyDecay", historyDecay);
        requireFraction("popularityRecencyDecay", popularityRecencyDecay);
        requireNonNegative("backwardWeight", backwardWeight);
        requireNonNegative("twoHopWeight", twoHopWeight);
        requireNonNegative("popularityWeight", popularityWeight);
    }

    public static NextItemSettings defaults() {
        return new NextItemSettings(20, 0.8, 0.6, 50, 0.7, 2.0, 0.01, 0.7);
    }

    private static void requireAtLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }

    private static void requireFraction(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
        }
    }

    private static void requireNonNegative(String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }
}
