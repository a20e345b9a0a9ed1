package com.shopmate.text.classifier;

import com.shopmate.text.features.FeatureVector;
import com.shopmate.text.features.SparseVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftmaxRegressionTest {

    // Three classes: sparse feature k (plus noise feature 3) marks class k, and the dense block leans the same way.
    private static final List<FeatureVector> X = new ArrayList<>();
    private static final int[] Y = new int[30];

    static {
        for (int i = 0; i < 30; i++) {
            int k = i % 3;
            float[] dense = {k == 0 ? 1 : 0, k == 1 ? 1 : 0};
            X.add(new FeatureVector(new SparseVector(new int[] {k, 3}, new float[] {0.9f, 0.3f}), dense));
            Y[i] = k;
        }
    }

    private static final SoftmaxConfig CONFIG = new SoftmaxConfig(30, 0, 4, 0.05f, 0f, false, 42);

    @Test
    void learnsASeparableTinySet() {
        SoftmaxRegression model = SoftmaxRegression.train(X, Y, 4, 2, 3, CONFIG);

        for (int i = 0; i < 3; i++) {
            float[] p = model.probabilities(X.get(i));
            assertEquals(Y[i], argmax(p), "example " + i);
            assertTrue(p[Y[i]] > 0.8);
        }
    }

    @Test
    void probabilitiesSumToOne() {
        SoftmaxRegression model = SoftmaxRegression.train(X, Y, 4, 2, 3, CONFIG);

        float sum = 0;
        for (float p : model.probabilities(new FeatureVector(new SparseVector(new int[] {3}, new float[] {1}),
                new float[] {0.5f, 0.5f}))) {
            sum += p;
        }
        assertEquals(1f, sum, 1e-5);
    }

    @Test
    void sameSeedGivesTheSameWeights() {
        SoftmaxRegression a = SoftmaxRegression.train(X, Y, 4, 2, 3, CONFIG);
        SoftmaxRegression b = SoftmaxRegression.train(X, Y, 4, 2, 3, CONFIG);
        SoftmaxRegression c = SoftmaxRegression.train(X, Y, 4, 2, 3, CONFIG.withSeed(7));

        assertArrayEquals(a.weights(), b.weights());
        assertArrayEquals(a.bias(), b.bias());
        assertFalse(Arrays.equals(a.weights(), c.weights()), "another seed shuffles differently");
    }

    @Test
    void aSmallDataSetIsTrainedForAtLeastTheMinimumSteps() {
        SoftmaxConfig oneEpoch = new SoftmaxConfig(1, 0, 32, 0.05f, 0f, false, 42);

        float once = SoftmaxRegression.train(X, Y, 4, 2, 3, oneEpoch).probabilities(X.get(0))[Y[0]];
        float floored = SoftmaxRegression.train(X, Y, 4, 2, 3, oneEpoch.withMinSteps(100))
                .probabilities(X.get(0))[Y[0]];

        assertTrue(once < 0.5, "one step of one epoch barely moves: " + once);
        assertTrue(floored > 0.9, "a hundred steps learn the set: " + floored);
    }

    @Test
    void classBalancingLiftsARareClass() {
        // Class 1 is rare and shares its only feature with frequent class 0.
        List<FeatureVector> x = new ArrayList<>();
        int[] y = new int[20];
        for (int i = 0; i < 20; i++) {
            x.add(new FeatureVector(new SparseVector(new int[] {0}, new float[] {1}), new float[0]));
            y[i] = i < 2 ? 1 : 0;
        }
        SoftmaxConfig plain = new SoftmaxConfig(40, 0, 4, 0.05f, 0f, false, 42);
        float rarePlain = SoftmaxRegression.train(x, y, 1, 0, 2, plain).probabilities(x.get(0))[1];
        float rareBalanced = SoftmaxRegression.train(x, y, 1, 0, 2, plain.withClassBalanced(true))
                .probabilities(x.get(0))[1];

        assertTrue(rareBalanced > rarePlain, rareBalanced + " vs " + rarePlain);
    }

    private static int argmax(float[] p) {
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return best;
    }
}
