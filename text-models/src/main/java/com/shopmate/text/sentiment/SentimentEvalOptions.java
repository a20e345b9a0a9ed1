package com.shopmate.text.sentiment;

import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.eval.ClassifierOverrides;
import com.shopmate.text.eval.CliArguments;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/** What {@code ./shopmate sentiment-eval} was asked to do; {@link #USAGE} lists it. */
record SentimentEvalOptions(Path train, Optional<Path> test, double carveTest, Optional<Path> saveModel,
                            TextClassifierConfig config) {

    static final String USAGE = """
            Usage: ./shopmate sentiment-eval --train FILE (--test FILE | --carve-test FRACTION) [options]
              Trains the sentiment classifier on JSONL {"text","label"} rows, predicts the test rows one at a time
              and prints per-class precision/recall/F1, the confusions and, as the last line, one JSON object:
              accuracy, macro_f1, train_seconds, predict_p50_ms, predict_p99_ms, examples.
              --train FILE                training rows
              --test FILE                 test rows
              --carve-test FRACTION       instead of --test: carve a stratified test split out of --train
                                          (per label, ordered by sha256("test|"+text)); the rest trains
              --save-model DIR            also save the trained model to DIR
              --seed N                    training seed (default 42)
              --epochs N, --learning-rate X, --dense-weight W, --min-df N, --class-balanced
              --en-chars R, --en-words R, --zh-chars R, --zh-words R   n-gram ranges such as 2-4, or none
            """;

    private static final Set<String> OPTIONS = Set.of("train", "test", "carve-test", "save-model", "seed", "epochs",
            "learning-rate", "dense-weight", "min-df", "en-chars", "en-words", "zh-chars", "zh-words");
    private static final Set<String> FLAGS = Set.of("class-balanced", "help");

    static SentimentEvalOptions parse(String[] args) {
        CliArguments a = CliArguments.parse(args, OPTIONS, FLAGS);
        Optional<Path> test = a.get("test").map(Path::of);
        double carveTest = a.number("carve-test", 0);
        if (test.isPresent() == (carveTest > 0)) {
            throw new IllegalArgumentException("give exactly one of --test FILE and --carve-test FRACTION");
        }
        return new SentimentEvalOptions(Path.of(a.required("train")), test, carveTest,
                a.get("save-model").map(Path::of), ClassifierOverrides.apply(a, SentimentClassifierConfig.defaults()));
    }
}
