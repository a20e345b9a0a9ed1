package com.shopmate.text.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A linear-chain conditional random field over string features: per token a weight for each (feature, label),
 * plus label-to-label and start weights; label pairs that are not {@code allowed} never occur (so a BIO tagger
 * never puts I-city after O). Trained by stochastic gradient descent on the log-likelihood with L2 regularisation,
 * in a seeded order, so the same data and settings give the same weights. Decodes with Viterbi and gives each
 * token's marginal probability from forward-backward, which is what a span's confidence is made of.
 */
final class LinearChainCrf {

    /** One training sequence: each token's features and its gold label (an index into the labels). */
    record Sequence(List<String[]> features, int[] labels) {
    }

    /** The best labels of a sequence and, per token, the marginal probability of its label. */
    record Decoded(int[] labels, double[] confidence) {
    }

    private static final double RENORMALISE_BELOW = 1e-9;

    private final int labels;
    private final Map<String, Integer> featureIndex;
    private final List<String> features;
    private final boolean[] allowed;       // [from * labels + to]
    private final boolean[] allowedStart;  // [label]
    /** The allowed label pairs as from * labels + to: the loops over pairs visit these only. */
    private final int[] pairs;
    /** [feature * labels + label] emissions, then [labels * labels] transitions, then [labels] starts. */
    private final double[] theta;

    LinearChainCrf(int labels, List<String> features, boolean[] allowed, boolean[] allowedStart, double[] theta) {
        this.labels = labels;
        this.features = List.copyOf(features);
        this.featureIndex = new HashMap<>();
        for (int i = 0; i < this.features.size(); i++) {
            featureIndex.put(this.features.get(i), i);
        }
        this.allowed = allowed.clone();
        this.allowedStart = allowedStart.clone();
        this.pairs = IntStream.range(0, allowed.length).filter(i -> allowed[i]).toArray();
        if (theta.length != parameterCount(labels, features.size())) {
            throw new IllegalArgumentException("expected " + parameterCount(labels, features.size())
                    + " weights, got " + theta.length);
        }
        this.theta = theta;
    }

    static int parameterCount(int labels, int features) {
        return features * labels + labels * labels + labels;
    }

    static LinearChainCrf train(int labels, boolean[] allowed, boolean[] allowedStart, List<Sequence> data,
                                TaggerSettings settings) {
        Map<String, Integer> index = new HashMap<>();
        List<String> features = new ArrayList<>();
        List<int[][]> indexed = new ArrayList<>(data.size());
        for (Sequence sequence : data) {
            int[][] tokens = new int[sequence.features().size()][];
            for (int t = 0; t < tokens.length; t++) {
                String[] names = sequence.features().get(t);
                tokens[t] = new int[names.length];
                for (int k = 0; k < names.length; k++) {
                    tokens[t][k] = index.computeIfAbsent(names[k], name -> {
                        features.add(name);
                        return features.size() - 1;
                    });
                }
            }
            indexed.add(tokens);
        }
        LinearChainCrf crf = new LinearChainCrf(labels, features, allowed, allowedStart,
                new double[parameterCount(labels, features.size())]);
        crf.fit(indexed, data, settings);
        return crf;
    }

    List<String> features() {
        return features;
    }

    double[] weights() {
        return theta;
    }

    /** Unknown features are ignored. */
    Decoded decode(List<String[]> tokenFeatures) {
        int[][] tokens = new int[tokenFeatures.size()][];
        for (int t = 0; t < tokens.length; t++) {
            tokens[t] = tokenFeatures.get(t).length == 0 ? new int[0] : Arrays.stream(tokenFeatures.get(t))
                    .map(featureIndex::get).filter(i -> i != null).mapToInt(Integer::intValue).toArray();
        }
        double[][] emission = emissions(tokens, 1);
        int[] best = viterbi(emission, 1);
        double[][] marginal = new double[tokens.length][labels];
        forwardBackward(emission, 1, marginal, null);
        double[] confidence = new double[tokens.length];
        for (int t = 0; t < tokens.length; t++) {
            confidence[t] = marginal[t][best[t]];
        }
        return new Decoded(best, confidence);
    }

    private void fit(List<int[][]> indexed, List<Sequence> data, TaggerSettings settings) {
        int n = indexed.size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(settings.seed());
        // theta = scale * v, so the L2 shrinkage of every weight at every step is one multiplication.
        double scale = 1;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            shuffle(order, random);
            double rate = settings.learningRate() / (1 + epoch);
            for (int i : order) {
                int[][] tokens = indexed.get(i);
                if (tokens.length == 0) {
                    continue;
                }
                int[] gold = data.get(i).labels();
                double[][] emission = emissions(tokens, scale);
                double[][] marginal = new double[tokens.length][labels];
                double[][] edges = new double[labels][labels];
                forwardBackward(emission, scale, marginal, edges);
                scale *= 1 - rate * settings.l2() / n;
                if (scale < RENORMALISE_BELOW) {
                    for (int k = 0; k < theta.length; k++) {
                        theta[k] *= scale;
                    }
                    scale = 1;
                }
                double step = rate / scale;
                for (int t = 0; t < tokens.length; t++) {
                    for (int f : tokens[t]) {
                        int row = f * labels;
                        for (int y = 0; y < labels; y++) {
                            theta[row + y] -= step * marginal[t][y];
                        }
                        theta[row + gold[t]] += step;
                    }
                }
                int transitions = features.size() * labels;
                for (int pair : pairs) {
                    theta[transitions + pair] -= step * edges[pair / labels][pair % labels];
                }
                for (int t = 1; t < tokens.length; t++) {
                    theta[transitions + gold[t - 1] * labels + gold[t]] += step;
                }
                int starts = transitions + labels * labels;
                for (int y = 0; y < labels; y++) {
                    theta[starts + y] -= step * marginal[0][y];
                }
                theta[starts + gold[0]] += step;
            }
        }
        // Rounded to what the model file keeps, so a loaded model tags exactly as the trained one did.
        for (int k = 0; k < theta.length; k++) {
            theta[k] = (float) (theta[k] * scale);
        }
    }

    private double[][] emissions(int[][] tokens, double scale) {
        double[][] emission = new double[tokens.length][labels];
        for (int t = 0; t < tokens.length; t++) {
            for (int f : tokens[t]) {
                int row = f * labels;
                for (int y = 0; y < labels; y++) {
                    emission[t][y] += theta[row + y];
                }
            }
            for (int y = 0; y < labels; y++) {
                emission[t][y] *= scale;
            }
        }
        return emission;
    }

    private double transition(int from, int to, double scale) {
        return scale * theta[features.size() * labels + from * labels + to];
    }

    private double start(int label, double scale) {
        return scale * theta[features.size() * labels + labels * labels + label];
    }

    private int[] viterbi(double[][] emission, double scale) {
        int n = emission.length;
        double[][] best = new double[n][labels];
        int[][] back = new int[n][labels];
        for (int y = 0; y < labels; y++) {
            best[0][y] = allowedStart[y] ? start(y, scale) + emission[0][y] : Double.NEGATIVE_INFINITY;
        }
        for (int t = 1; t < n; t++) {
            for (int b = 0; b < labels; b++) {
                double top = Double.NEGATIVE_INFINITY;
                int arg = 0;
                for (int a = 0; a < labels; a++) {
                    if (allowed[a * labels + b]) {
                        double score = best[t - 1][a] + transition(a, b, scale);
                        if (score > top) {
                            top = score;
                            arg = a;
                        }
                    }
                }
                best[t][b] = top + emission[t][b];
                back[t][b] = arg;
            }
        }
        int[] path = new int[n];
        for (int y = 1; y < labels; y++) {
            if (best[n - 1][y] > best[n - 1][path[n - 1]]) {
                path[n - 1] = y;
            }
        }
        for (int t = n - 1; t > 0; t--) {
            path[t - 1] = back[t][path[t]];
        }
        return path;
    }

    /**
     * Marginals per token (and summed per label pair into {@code edges}, when given), in probability space with
     * each step normalised: exponentials of the potentials only, no log-sum-exp per cell.
     */
    private void forwardBackward(double[][] emission, double scale, double[][] marginal, double[][] edges) {
        int n = emission.length;
        double[][] node = new double[n][labels];
        for (int t = 0; t < n; t++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int y = 0; y < labels; y++) {
                max = Math.max(max, emission[t][y]);
            }
            for (int y = 0; y < labels; y++) {
                node[t][y] = Math.exp(emission[t][y] - max);
            }
        }
        double[] edge = new double[labels * labels];
        int transitions = features.size() * labels;
        for (int pair : pairs) {
            edge[pair] = Math.exp(scale * theta[transitions + pair]);
        }
        double[][] alpha = new double[n][labels];
        for (int y = 0; y < labels; y++) {
            alpha[0][y] = allowedStart[y] ? Math.exp(start(y, scale)) * node[0][y] : 0;
        }
        normalise(alpha[0]);
        for (int t = 1; t < n; t++) {
            for (int pair : pairs) {
                alpha[t][pair % labels] += alpha[t - 1][pair / labels] * edge[pair];
            }
            for (int b = 0; b < labels; b++) {
                alpha[t][b] *= node[t][b];
            }
            normalise(alpha[t]);
        }
        double[][] beta = new double[n][labels];
        Arrays.fill(beta[n - 1], 1);
        double[] next = new double[labels];
        for (int t = n - 2; t >= 0; t--) {
            for (int b = 0; b < labels; b++) {
                next[b] = node[t + 1][b] * beta[t + 1][b];
            }
            for (int pair : pairs) {
                beta[t][pair / labels] += edge[pair] * next[pair % labels];
            }
            normalise(beta[t]);
        }
        for (int t = 0; t < n; t++) {
            for (int y = 0; y < labels; y++) {
                marginal[t][y] = alpha[t][y] * beta[t][y];
            }
            normalise(marginal[t]);
        }
        if (edges == null) {
            return;
        }
        double[] joint = new double[labels * labels];
        for (int t = 1; t < n; t++) {
            double total = 0;
            for (int pair : pairs) {
                int b = pair % labels;
                joint[pair] = alpha[t - 1][pair / labels] * edge[pair] * node[t][b] * beta[t][b];
                total += joint[pair];
            }
            for (int pair : pairs) {
                edges[pair / labels][pair % labels] += joint[pair] / total;
            }
        }
    }

    private static void normalise(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (sum > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] /= sum;
            }
        }
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
    }
}
