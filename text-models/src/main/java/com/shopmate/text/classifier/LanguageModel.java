package com.shopmate.text.classifier;

import com.shopmate.text.features.CombinedFeaturizer;
import com.shopmate.text.features.FeatureVector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One language's sub-model: its featurizer, its softmax, the labels (sorted) that the softmax's classes are, how
 * many examples it was trained on, and the temperature that calibrates its confidences (1 = as trained).
 *
 * @param temperature the softmax's scores are divided by it: a softmax trained to fit its data is over-confident
 *                    on new text, and a temperature fitted on held-out text (see
 *                    {@link com.shopmate.text.calibration.ConfidenceCalibration}) makes "0.8" mean right about 80%
 *                    of the time
 */
public record LanguageModel(Language language, List<String> labels, CombinedFeaturizer featurizer,
                            SoftmaxRegression softmax, int trainingExamples, double temperature) {

    public LanguageModel {
        labels = List.copyOf(labels);
        if (labels.size() != softmax.classes()) {
            throw new IllegalArgumentException(labels.size() + " labels for " + softmax.classes() + " classes");
        }
        if (!(temperature > 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be positive and finite, got " + temperature);
        }
    }

    /** An uncalibrated model (temperature 1). */
    public LanguageModel(Language language, List<String> labels, CombinedFeaturizer featurizer,
                         SoftmaxRegression softmax, int trainingExamples) {
        this(language, labels, featurizer, softmax, trainingExamples, 1.0);
    }

    public LanguageModel withTemperature(double newTemperature) {
        return new LanguageModel(language, labels, featurizer, softmax, trainingExamples, newTemperature);
    }

    public List<LabelScore> predict(String text) {
        return ranked(featurizer.featurize(text));
    }

    List<LabelScore> ranked(FeatureVector features) {
        float[] p = softmax.probabilities(features);
        if (temperature != 1.0) {
            Temperature.apply(p, temperature);
        }
        List<LabelScore> out = new ArrayList<>(p.length);
        for (int k = 0; k < p.length; k++) {
            out.add(new LabelScore(labels.get(k), p[k]));
        }
        // Ties (rare with floats) fall back to label order, so the ranking never depends on anything else.
        out.sort(Comparator.comparingDouble(LabelScore::probability).reversed().thenComparing(LabelScore::label));
        return out;
    }
}
