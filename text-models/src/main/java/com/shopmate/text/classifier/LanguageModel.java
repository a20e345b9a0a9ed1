package com.shopmate.text.classifier;

import com.shopmate.text.features.CombinedFeaturizer;
import com.shopmate.text.features.FeatureVector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One language's sub-model: its featurizer, its softmax, the labels (sorted) that the softmax's classes are, and
 * how many examples it was trained on.
 */
public record LanguageModel(Language language, List<String> labels, CombinedFeaturizer featurizer,
                            SoftmaxRegression softmax, int trainingExamples) {

    public LanguageModel {
        labels = List.copyOf(labels);
        if (labels.size() != softmax.classes()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + softmax.classes() + " classes");
        }
    }

    public List<LabelScore> predict(String text) {
        return ranked(featurizer.featurize(text));
    }

    List<LabelScore> ranked(FeatureVector features) {
        float[] p = softmax.probabilities(features);
        List<LabelScore> out = new ArrayList<>(p.length);
        for (int k = 0; k < p.length; k++) {
            out.add(new LabelScore(labels.get(k), p[k]));
        }
        // Ties (rare with floats) fall back to label order, so the ranking never depends on anything else.
        out.sort(Comparator.comparingDouble(LabelScore::probability).reversed().thenComparing(LabelScore::label));
        return out;
    }
}
