package com.shopmate.tools.eval.sentiment;

import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.sentiment.SentimentClassifierConfig;
import com.shopmate.tools.HelpOption;
import com.shopmate.tools.eval.ClassifierOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code ./shopmate sentiment-eval}: how well the sentiment classifier does on a labelled data set. Tables go to
 * stdout, the headline figures as the last stdout line (one JSON object), progress to stderr.
 * Exit status 0 done, 1 unreadable data, 2 bad arguments.
 */
@Command(name = "sentiment-eval", sortOptions = false,
        description = {"Trains the sentiment classifier on JSONL {\"text\",\"label\"} rows, predicts the test rows "
                + "one at a time and prints per-class precision/recall/F1, the confusions and, as the last line, one "
                + "JSON object: accuracy, macro_f1, train_seconds, predict_p50_ms, predict_p99_ms, examples.",
                "Give --test FILE or --carve-test FRACTION."})
public final class SentimentEvalCommand implements Callable<Integer> {

    @Mixin
    HelpOption helpOption;

    @Spec
    CommandSpec spec;

    @Option(names = "--train", paramLabel = "FILE", required = true, description = "training rows")
    Path train;

    @Option(names = "--test", paramLabel = "FILE", description = "test rows")
    Path test;

    @Option(names = "--carve-test", paramLabel = "FRACTION", defaultValue = "0",
            description = "instead of --test: carve a stratified test split out of --train (per label, ordered by "
                    + "sha256(\"test|\"+text)); the rest trains")
    double carveTest;

    @Option(names = "--save-model", paramLabel = "DIR", description = "also save the trained model to DIR")
    Path saveModel;

    @Mixin
    ClassifierOptions classifier;

    @Option(names = "--min-df", paramLabel = "N",
            description = "keep the n-grams seen in at least N training texts")
    Integer minDf;

    @Override
    public Integer call() {
        SentimentEvalOptions options = options();
        SentimentEvalData data;
        try {
            data = SentimentEvalData.load(options);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + e.getMessage()
                    + (e.getCause() != null ? ": " + e.getCause() : ""));
            return 1;
        }
        SentimentEvalResult result = SentimentEvaluation.run(data, options);
        PrintWriter out = spec.commandLine().getOut();
        new SentimentEvalReport(result, data, options).print(out);
        out.flush();
        return 0;
    }

    private SentimentEvalOptions options() {
        if ((test != null) == (carveTest > 0)) {
            throw new ParameterException(spec.commandLine(),
                    "give exactly one of --test FILE and --carve-test FRACTION");
        }
        TextClassifierConfig config = classifier.apply(SentimentClassifierConfig.defaults());
        if (minDf != null) {
            config = ClassifierOptions.withMinDocumentFrequency(config, minDf);
        }
        return new SentimentEvalOptions(train, Optional.ofNullable(test), carveTest, Optional.ofNullable(saveModel),
                config);
    }
}
