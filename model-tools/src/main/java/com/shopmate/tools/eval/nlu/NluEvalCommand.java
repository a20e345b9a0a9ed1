package com.shopmate.tools.eval.nlu;

import com.shopmate.text.classifier.TextClassifierConfig;
import com.shopmate.text.outofscope.OutOfScopeRule;
import com.shopmate.tools.HelpOption;
import com.shopmate.tools.eval.ClassifierOptions;
import com.shopmate.tools.outofscope.OosThresholdCalibrator;
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
 * {@code ./shopmate nlu-eval}: how well the intent classifier does on a labelled data set. Tables go to stdout,
 * the headline figures as the last stdout line (one JSON object), progress to stderr.
 * Exit status 0 done, 1 unreadable data, 2 bad arguments.
 */
@Command(name = "nlu-eval", sortOptions = false,
        description = {"Trains the intent classifier on JSONL {\"text\",\"label\"} rows, predicts the test rows one "
                + "at a time and prints per-intent precision/recall/F1, the most confused pairs, the out-of-scope "
                + "curve and, as the last line, one JSON object of the headline figures: accuracy, macro_f1, "
                + "in_scope_accuracy, oos_recall, oos_precision, train_seconds, predict_p50_ms, predict_p99_ms, "
                + "examples.",
                "Give --test FILE or --carve-test FRACTION."})
public final class NluEvalCommand implements Callable<Integer> {

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
                    + "sha256(\"test|\"+text))")
    double carveTest;

    @Option(names = "--validation", paramLabel = "FILE",
            description = "validation rows for the out-of-scope threshold; without it, a stratified split is carved "
                    + "out of train (sha256(\"val|\"+text)) when train has out-of-scope rows (nothing else is tuned "
                    + "on validation)")
    Path validation;

    @Option(names = "--validation-fraction", paramLabel = "F", defaultValue = "0.15",
            description = "size of that carve (default ${DEFAULT-VALUE})")
    double validationFraction;

    @Option(names = "--oos-label", paramLabel = "NAME", defaultValue = OutOfScopeRule.DEFAULT_LABEL,
            description = "the out-of-scope label (default ${DEFAULT-VALUE})")
    String oosLabel;

    @Option(names = "--oos-recall-target", paramLabel = "R",
            defaultValue = "" + OosThresholdCalibrator.DEFAULT_TARGET_RECALL,
            description = "the threshold keeps OOS recall >= R on validation (default ${DEFAULT-VALUE})")
    double oosRecallTarget;

    @Option(names = "--report", paramLabel = "FILE", description = "also write a self-contained HTML report")
    Path report;

    @Option(names = "--save-model", paramLabel = "DIR",
            description = "also save the trained model (and its OOS rule) to DIR")
    Path saveModel;

    @Mixin
    ClassifierOptions classifier;

    @Option(names = "--min-steps", paramLabel = "N", description = "at least this many training steps")
    Integer minSteps;

    @Override
    public Integer call() {
        NluEvalOptions options = options();
        PrintWriter err = spec.commandLine().getErr();
        NluEvalData data;
        try {
            data = NluEvalData.load(options);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(spec.qualifiedName() + ": " + e.getMessage()
                    + (e.getCause() != null ? ": " + e.getCause() : ""));
            return 1;
        }
        NluEvalResult result = NluEvaluation.run(data, options);
        NluEvalReport report = new NluEvalReport(result, data, options);
        options.report().ifPresent(report::writeHtml);
        PrintWriter out = spec.commandLine().getOut();
        report.print(out);
        out.flush();
        return 0;
    }

    private NluEvalOptions options() {
        if ((test != null) == (carveTest > 0)) {
            throw new ParameterException(spec.commandLine(),
                    "give exactly one of --test FILE and --carve-test FRACTION");
        }
        TextClassifierConfig config = classifier.apply(TextClassifierConfig.defaults());
        if (minSteps != null) {
            config = config.withSoftmax(config.softmax().withMinSteps(minSteps));
        }
        return new NluEvalOptions(train, Optional.ofNullable(test), Optional.ofNullable(validation), carveTest,
                validationFraction, Optional.ofNullable(report), Optional.ofNullable(saveModel), oosLabel,
                oosRecallTarget, config);
    }
}
