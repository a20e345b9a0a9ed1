package com.shopmate.text.outofscope;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopmate.text.classifier.LabelScore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Decides out-of-scope in two ways: the classifier's top label is the out-of-scope class (the text resembles the
 * out-of-scope examples of training), or its in-scope confidence is below {@code threshold} (the text resembles
 * no intent well, whatever it is).
 */
public record OutOfScopeRule(String label, double threshold) {

    public static final String DEFAULT_LABEL = "oos";
    /** Saved beside a model artifact's {@code model.json}. */
    public static final String FILE = "out-of-scope.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The label to act on: the best in-scope label, or {@link #label()}. */
    public String decide(List<LabelScore> ranked) {
        if (ranked.get(0).label().equals(label)) {
            return label;
        }
        return decideByThreshold(ranked);
    }

    /** As {@link #decide}, but blind to the out-of-scope class: the threshold alone decides. */
    public String decideByThreshold(List<LabelScore> ranked) {
        LabelScore best = bestInScope(ranked);
        return best == null || inScopeConfidence(ranked) < threshold ? label : best.label();
    }

    /**
     * The best in-scope label's share of the in-scope probability: p(best) / (1 - p(out-of-scope)). Leaving the
     * out-of-scope class's mass out makes the threshold mean the same whether or not that class fired.
     */
    public double inScopeConfidence(List<LabelScore> ranked) {
        LabelScore best = bestInScope(ranked);
        if (best == null) {
            return 0;
        }
        double oos = ranked.stream().filter(s -> s.label().equals(label)).mapToDouble(LabelScore::probability).sum();
        return oos >= 1 ? 0 : best.probability() / (1 - oos);
    }

    /** The most likely label that is not out-of-scope, or null when there is none. */
    public LabelScore bestInScope(List<LabelScore> ranked) {
        for (LabelScore s : ranked) {
            if (!s.label().equals(label)) {
                return s;
            }
        }
        return null;
    }

    public void save(Path modelDirectory) {
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(modelDirectory.resolve(FILE).toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rule saved with a model, if it was calibrated (a model without out-of-scope examples has none). */
    public static Optional<OutOfScopeRule> load(Path modelDirectory) {
        Path file = modelDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), OutOfScopeRule.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
