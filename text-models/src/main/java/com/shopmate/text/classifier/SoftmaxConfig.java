package com.shopmate.text.classifier;

/**
 * How {@link SoftmaxRegression} is trained.
 *
 * @param epochs        passes over the training data
 * @param minSteps      at least this many Adam steps, however small the data: 15 passes over a few hundred
 *                      examples are too few updates to converge (more passes are made then)
 * @param batchSize     examples per Adam step
 * @param learningRate  Adam's peak step size; it decays to zero along a cosine over all steps
 * @param l2            decoupled weight decay per step (0 = none): the L2 of AdamW
 * @param classBalanced weigh each example by N / (classes x examples of its class), so that rare intents count as
 *                      much as frequent ones
 * @param seed          the shuffling order; same data, same seed, same weights
 */
public record SoftmaxConfig(int epochs, int minSteps, int batchSize, float learningRate, float l2,
                            boolean classBalanced, long seed) {

    public static final long DEFAULT_SEED = 42;

    public SoftmaxConfig {
        if (epochs < 1 || minSteps < 0 || batchSize < 1 || learningRate <= 0 || l2 < 0) {
            throw new IllegalArgumentException("epochs and batch size must be >= 1, min steps >= 0, learning rate > 0,"
                    + " l2 >= 0");
        }
    }

    public static SoftmaxConfig defaults() {
        return new SoftmaxConfig(15, 2000, 32, 0.003f, 0f, false, DEFAULT_SEED);
    }

    public SoftmaxConfig withSeed(long newSeed) {
        return new SoftmaxConfig(epochs, minSteps, batchSize, learningRate, l2, classBalanced, newSeed);
    }

    public SoftmaxConfig withEpochs(int newEpochs) {
        return new SoftmaxConfig(newEpochs, minSteps, batchSize, learningRate, l2, classBalanced, seed);
    }

    public SoftmaxConfig withLearningRate(float newLearningRate) {
        return new SoftmaxConfig(epochs, minSteps, batchSize, newLearningRate, l2, classBalanced, seed);
    }

    public SoftmaxConfig withClassBalanced(boolean balanced) {
        return new SoftmaxConfig(epochs, minSteps, batchSize, learningRate, l2, balanced, seed);
    }

    public SoftmaxConfig withMinSteps(int steps) {
        return new SoftmaxConfig(epochs, steps, batchSize, learningRate, l2, classBalanced, seed);
    }
}
