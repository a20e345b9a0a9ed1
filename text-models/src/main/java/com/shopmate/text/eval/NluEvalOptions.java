package com.shopmate.text.eval;

import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.outofscope.OosThresholdCalibrator;
import com.shopmate.text.outofscope.OutOfScopeRule;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** What {@code ./shopmate nlu-eval} was asked to do; {@link #USAGE} lists it. */
record NluEvalOptions(Path train, Optional<Path> test, Optional<Path> validation, double carveTest,
                      double validationFraction, Optional<Path> report, Optional<Path> saveModel, String oosLabel,
                      double oosRecallTarget, TextClassifierConfig config) {

    static final double DEFAULT_VALIDATION_FRACTION = 0.15;

    static final String USAGE = """
            Usage: ./shopmate nlu-eval --train FILE (--test FILE | --carve-test FRACTION) [options]
              Trains the intent classifier on JSONL {"text","label"} rows, predicts the test rows one at a time and
              prints per-intent precision/recall/F1, the most confused pairs, the out-of-scope curve and, as the
              last line, one JSON object of the headline figures.
              --train FILE                training rows
              --test FILE                 test rows
              --carve-test FRACTION       instead of --test: carve a stratified test split out of --train
                                          (per label, ordered by sha256("test|"+text))
              --validation FILE           validation rows for the out-of-scope threshold; without it, a
                                          stratified split is carved out of train (sha256("val|"+text)) when
                                          train has out-of-scope rows (nothing else is tuned on validation)
              --validation-fraction F     size of that carve (default 0.15)
              --oos-label NAME            the out-of-scope label (default oos)
              --oos-recall-target R       the threshold keeps OOS recall >= R on validation (default 0.6)
              --report FILE               also write a self-contained HTML report
              --save-model DIR            also save the trained model (and its OOS rule) to DIR
              --seed N                    training seed (default 42)
              --epochs N, --min-steps N, --learning-rate X, --dense-weight W, --class-balanced
              --en-chars R, --en-words R, --zh-chars R, --zh-words R   n-gram ranges such as 2-4, or none
            """;

    private static final Set<String> OPTIONS = Set.of("train", "test", "validation", "carve-test",
            "validation-fraction", "report", "save-model", "oos-label", "oos-recall-target", "seed", "epochs",
            "min-steps", "learning-rate", "dense-weight", "en-chars", "en-words", "zh-chars", "zh-words");
    private static final Set<String> FLAGS = Set.of("class-balanced", "help");

    static NluEvalOptions parse(String[] args) {
        CliArguments a = CliArguments.parse(args, OPTIONS, FLAGS);
        Optional<Path> test = a.get("test").map(Path::of);
        double carveTest = a.number("carve-test", 0);
        if (test.isPresent() == (carveTest > 0)) {
            throw new IllegalArgumentException("give exactly one of --test FILE and --carve-test FRACTION");
        }
        return new NluEvalOptions(Path.of(a.required("train")), test, a.get("validation").map(Path::of), carveTest,
                a.number("validation-fraction", DEFAULT_VALIDATION_FRACTION), a.get("report").map(Path::of),
                a.get("save-model").map(Path::of), a.get("oos-label").orElse(OutOfScopeRule.DEFAULT_LABEL),
                a.number("oos-recall-target", OosThresholdCalibrator.DEFAULT_TARGET_RECALL),
                ClassifierOverrides.apply(a, TextClassifierConfig.defaults()));
    }
}
