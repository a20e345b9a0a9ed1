package com.shopmate.text.classifier;

import com.shopmate.text.features.FeatureVector;
import com.shopmate.text.features.SparseVector;

import java.util.List;

/**
 * Multinomial logistic regression over a sparse block and a dense block of features. Weights are one flat array,
 * a row of {@code classes} floats per feature (sparse features first, then dense), so that a feature's
 * contribution to all class scores is one contiguous loop.
 */
public final class SoftmaxRegression {

    private final int sparseDimension;
    private final int denseDimension;
    private final int classes;
    final float[] weights;
    final float[] bias;

    SoftmaxRegression(int sparseDimension, int denseDimension, int classes, float[] weights, float[] bias) {
        if (weights.length != (long) (sparseDimension + denseDimension) * classes || bias.length != classes) {
            throw new IllegalArgumentException("weights do not match " + (sparseDimension + denseDimension)
                    + " features x " + classes + " classes");
        }
        this.sparseDimension = sparseDimension;
        this.denseDimension = denseDimension;
        this.classes = classes;
        this.weights = weights;
        this.bias = bias;
    }

    /** Restores a trained model from its saved weights (copied). */
    public static SoftmaxRegression of(int sparseDimension, int denseDimension, int classes, float[] weights,
                                       float[] bias) {
        return new SoftmaxRegression(sparseDimension, denseDimension, classes, weights.clone(), bias.clone());
    }

    /** Trains on {@code examples} labelled {@code labels[i]} in [0, classes); single-threaded, deterministic. */
    public static SoftmaxRegression train(List<FeatureVector> examples, int[] labels, int sparseDimension,
                                         int denseDimension, int classes, SoftmaxConfig config) {
        SoftmaxRegression model = new SoftmaxRegression(sparseDimension, denseDimension, classes,
                new float[(sparseDimension + denseDimension) * classes], new float[classes]);
        new SoftmaxTrainer(model, config).train(examples, labels);
        return model;
    }

    /** Class probabilities, indexed like the training labels. */
    public float[] probabilities(FeatureVector x) {
        float[] z = new float[classes];
        probabilitiesInto(x, z);
        return z;
    }

    void probabilitiesInto(FeatureVector x, float[] z) {
        System.arraycopy(bias, 0, z, 0, classes);
        SparseVector sparse = x.sparse();
        int[] indices = sparse.indices();
        float[] values = sparse.values();
        for (int j = 0; j < indices.length; j++) {
            addRow(z, indices[j] * classes, values[j]);
        }
        float[] dense = x.dense();
        for (int d = 0; d < dense.length; d++) {
            addRow(z, (sparseDimension + d) * classes, dense[d]);
        }
        softmaxInPlace(z);
    }

    private void addRow(float[] z, int offset, float value) {
        for (int k = 0; k < classes; k++) {
            z[k] += weights[offset + k] * value;
        }
    }

    private static void softmaxInPlace(float[] z) {
        float max = Float.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = (float) Math.exp(z[k] - max);
            sum += z[k];
        }
        float scale = (float) (1 / sum);
        for (int k = 0; k < z.length; k++) {
            z[k] *= scale;
        }
    }

    public int sparseDimension() {
        return sparseDimension;
    }

    public int denseDimension() {
        return denseDimension;
    }

    public int classes() {
        return classes;
    }

    /** The weights, row per feature (sparse then dense), {@link #classes()} per row: a copy. */
    public float[] weights() {
        return weights.clone();
    }

    public float[] bias() {
        return bias.clone();
    }
}
