package com.shopmate.text.entities;

/**
 * How the entity tagger trains.
 *
 * @param epochs             passes over the sentences
 * @param learningRate       of the first pass; pass k uses learningRate / (1 + k)
 * @param l2                 L2 regularisation: keeps the tagger from trusting one value it saw
 * @param variantsPerExample how many copies of each example with an entity get another value in its place (see
 *                           {@link ValueSwaps}), so that the tagger learns the context, not the value
 * @param seed               of the sentence order and the swaps: the same data and seed give the same model
 */
public record TaggerSettings(int epochs, double learningRate, double l2, int variantsPerExample, long seed) {

    public static final TaggerSettings DEFAULTS = new TaggerSettings(5, 0.3, 0.1, 10, 17L);

    public TaggerSettings {
        if (epochs < 1 || learningRate <= 0 || l2 < 0 || variantsPerExample < 0) {
            throw new IllegalArgumentException("epochs and learning rate must be positive, l2 and variants not negative");
        }
    }
}
