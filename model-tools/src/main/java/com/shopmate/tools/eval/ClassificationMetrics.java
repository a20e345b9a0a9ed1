package com.shopmate.tools.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Accuracy, per-label precision / recall / F1 and the most confused pairs of a set of predictions. Macro F1
 * averages over every label that is either true or predicted somewhere (as scikit-learn does).
 */
public final class ClassificationMetrics {

    public record LabelMetrics(String label, double precision, double recall, double f1, int support) {
    }

    public record ConfusedPair(String gold, String predicted, int count) {
    }

    private final List<String> gold;
    private final List<String> predicted;
    private final List<LabelMetrics> perLabel = new ArrayList<>();

    private ClassificationMetrics(List<String> gold, List<String> predicted) {
        this.gold = List.copyOf(gold);
        this.predicted = List.copyOf(predicted);
        Map<String, int[]> counts = new TreeMap<>();   // tp, fp, fn
        for (String l : new TreeSet<>(gold)) {
            counts.put(l, new int[3]);
        }
        for (String l : new TreeSet<>(predicted)) {
            counts.putIfAbsent(l, new int[3]);
        }
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(predicted.get(i))) {
                counts.get(gold.get(i))[0]++;
            } else {
                counts.get(predicted.get(i))[1]++;
                counts.get(gold.get(i))[2]++;
            }
        }
        counts.forEach((label, c) -> {
            double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            perLabel.add(new LabelMetrics(label, p, r, f, c[0] + c[2]));
        });
    }

    public static ClassificationMetrics of(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size() || gold.isEmpty()) {
            throw new IllegalArgumentException("need as many predictions as gold labels, and at least one");
        }
        return new ClassificationMetrics(gold, predicted);
    }

    public double accuracy() {
        int right = 0;
        for (int i = 0; i < gold.size(); i++) {
            if (gold.get(i).equals(predicted.get(i))) {
                right++;
            }
        }
        return right / (double) gold.size();
    }

    public double macroF1() {
        return perLabel.stream().mapToDouble(LabelMetrics::f1).average().orElse(0);
    }

    /** Per label, sorted by label. */
    public List<LabelMetrics> perLabel() {
        return List.copyOf(perLabel);
    }

    /** The {@code limit} most frequent (gold, predicted) mistakes, most frequent first. */
    public List<ConfusedPair> mostConfused(int limit) {
        Map<List<String>, Integer> pairs = new TreeMap<>(Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1)));
        for (int i = 0; i < gold.size(); i++) {
            if (!gold.get(i).equals(predicted.get(i))) {
                pairs.merge(List.of(gold.get(i), predicted.get(i)), 1, Integer::sum);
            }
        }
        return pairs.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed())
                .limit(limit)
                .map(e -> new ConfusedPair(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList();
    }
}
