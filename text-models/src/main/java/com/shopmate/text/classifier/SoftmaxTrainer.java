package com.shopmate.text.classifier;

import com.shopmate.text.features.FeatureVector;
import com.shopmate.text.features.SparseVector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Mini-batch Adam with a cosine learning-rate decay, for {@link SoftmaxRegression}. A batch touches a few thousand
 * of the sparse rows: only those get a gradient and an update ("lazy" Adam), found through a per-row stamp instead
 * of a map, so a step costs what the batch touches, not the whole vocabulary.
 */
final class SoftmaxTrainer {

    private static final Logger LOG = LoggerFactory.getLogger(SoftmaxTrainer.class);
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPSILON = 1e-8f;

    private final SoftmaxRegression model;
    private final SoftmaxConfig config;
    private final int classes;
    private final int sparseRows;
    private final int denseRows;
    private final float[] gradient;
    private final float[] firstMoment;
    private final float[] secondMoment;
    private final float[] biasGradient;
    private final float[] biasFirstMoment;
    private final float[] biasSecondMoment;
    // stamp[row] == step: the row already has a gradient in this step and is listed in touched[0..touchedCount).
    private final int[] stamp;
    private int[] touched = new int[1024];
    private int touchedCount;

    SoftmaxTrainer(SoftmaxRegression model, SoftmaxConfig config) {
        this.model = model;
        this.config = config;
        this.classes = model.classes();
        this.sparseRows = model.sparseDimension();
        this.denseRows = model.denseDimension();
        int size = model.weights.length;
        this.gradient = new float[size];
        this.firstMoment = new float[size];
        this.secondMoment = new float[size];
        this.biasGradient = new float[classes];
        this.biasFirstMoment = new float[classes];
        this.biasSecondMoment = new float[classes];
        this.stamp = new int[sparseRows];
    }

    void train(List<FeatureVector> examples, int[] labels) {
        int n = examples.size();
        float[] exampleWeight = classWeights(labels);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(config.seed());
        int batchSize = config.batchSize();
        int stepsPerEpoch = (n + batchSize - 1) / batchSize;
        int epochs = Math.max(config.epochs(), (config.minSteps() + stepsPerEpoch - 1) / stepsPerEpoch);
        long totalSteps = (long) epochs * stepsPerEpoch;
        LOG.debug("{} examples: {} epochs of {} steps", n, epochs, stepsPerEpoch);
        int step = 0;
        float[] p = new float[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, random);
            double loss = 0;
            for (int from = 0; from < n; from += batchSize) {
                int to = Math.min(n, from + batchSize);
                step++;
                touchedCount = 0;
                for (int q = from; q < to; q++) {
                    int i = order[q];
                    model.probabilitiesInto(examples.get(i), p);
                    loss -= exampleWeight[labels[i]] * Math.log(Math.max(p[labels[i]], 1e-12f));
                    p[labels[i]] -= 1;   // d loss / d logits = p - onehot
                    for (int k = 0; k < classes; k++) {
                        p[k] *= exampleWeight[labels[i]];
                    }
                    accumulate(examples.get(i), p, step);
                }
                // Cosine decay from the peak rate down to zero at the last step.
                double rate = config.learningRate() * 0.5 * (1 + Math.cos(Math.PI * (step - 1) / totalSteps));
                update(step, (float) rate, 1f / (to - from));
            }
            LOG.debug("epoch {}/{}: loss {}", epoch + 1, epochs, String.format("%.4f", loss / n));
        }
    }

    private float[] classWeights(int[] labels) {
        float[] weight = new float[classes];
        Arrays.fill(weight, 1f);
        if (!config.classBalanced()) {
            return weight;
        }
        int[] count = new int[classes];
        for (int y : labels) {
            count[y]++;
        }
        for (int k = 0; k < classes; k++) {
            weight[k] = count[k] == 0 ? 0f : labels.length / (float) (classes * count[k]);
        }
        return weight;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private void accumulate(FeatureVector x, float[] delta, int step) {
        for (int k = 0; k < classes; k++) {
            biasGradient[k] += delta[k];
        }
        SparseVector sparse = x.sparse();
        int[] indices = sparse.indices();
        float[] values = sparse.values();
        for (int j = 0; j < indices.length; j++) {
            int row = indices[j];
            if (stamp[row] != step) {
                stamp[row] = step;
                if (touchedCount == touched.length) {
                    touched = Arrays.copyOf(touched, touched.length * 2);
                }
                touched[touchedCount++] = row;
            }
            addScaled(row * classes, delta, values[j]);
        }
        float[] dense = x.dense();
        for (int d = 0; d < dense.length; d++) {
            addScaled((sparseRows + d) * classes, delta, dense[d]);
        }
    }

    private void addScaled(int offset, float[] delta, float value) {
        for (int k = 0; k < classes; k++) {
            gradient[offset + k] += delta[k] * value;
        }
    }

    private void update(int step, float rate, float batchScale) {
        double correction1 = 1 - Math.pow(BETA1, step);
        double correction2 = 1 - Math.pow(BETA2, step);
        float stepSize = (float) (rate * Math.sqrt(correction2) / correction1);
        float decay = rate * config.l2();
        for (int t = 0; t < touchedCount; t++) {
            updateRow(touched[t] * classes, stepSize, decay, batchScale);
        }
        for (int d = 0; d < denseRows; d++) {
            updateRow((sparseRows + d) * classes, stepSize, decay, batchScale);
        }
        for (int k = 0; k < classes; k++) {
            float g = biasGradient[k] * batchScale;
            biasGradient[k] = 0;
            biasFirstMoment[k] = BETA1 * biasFirstMoment[k] + (1 - BETA1) * g;
            biasSecondMoment[k] = BETA2 * biasSecondMoment[k] + (1 - BETA2) * g * g;
            model.bias[k] -= stepSize * biasFirstMoment[k] / ((float) Math.sqrt(biasSecondMoment[k]) + EPSILON);
        }
    }

    private void updateRow(int offset, float stepSize, float decay, float batchScale) {
        float[] w = model.weights;
        for (int k = offset; k < offset + classes; k++) {
            float g = gradient[k] * batchScale;
            gradient[k] = 0;
            firstMoment[k] = BETA1 * firstMoment[k] + (1 - BETA1) * g;
            secondMoment[k] = BETA2 * secondMoment[k] + (1 - BETA2) * g * g;
            w[k] -= stepSize * firstMoment[k] / ((float) Math.sqrt(secondMoment[k]) + EPSILON) + decay * w[k];
        }
    }
}
