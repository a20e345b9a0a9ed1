package com.shopmate.reco.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shopper's most recent known items with their recency weights, {@code historyDecay^age} (age 0 = the latest):
 * what was just viewed says most about what comes next. An item met twice adds up.
 */
record WeightedHistory(int[] items, double[] weights) {

    static WeightedHistory of(List<String> history, ItemIndex index, NextItemSettings settings) {
        Map<Integer, Double> weights = new LinkedHashMap<>();
        int age = 0;
        for (int i = history.size() - 1; i >= 0 && age < settings.historyLength(); i--) {
            int item = index.positionOf(history.get(i));
            if (item == ItemIndex.UNKNOWN) {
                continue; // an item the model never saw: nothing links to it, so it does not use up a slot
            }
            weights.merge(item, Math.pow(settings.historyDecay(), age), Double::sum);
            age++;
        }
        int[] items = new int[weights.size()];
        double[] itemWeights = new double[weights.size()];
        int n = 0;
        for (Map.Entry<Integer, Double> entry : weights.entrySet()) {
            items[n] = entry.getKey();
            itemWeights[n] = entry.getValue();
            n++;
        }
        return new WeightedHistory(items, itemWeights);
    }
}
