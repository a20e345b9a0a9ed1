package com.shopmate.text.sentiment;

import com.shopmate.text.eval.ClassificationMetrics;
import com.shopmate.text.eval.SummaryLine;
import com.shopmate.text.eval.TextTable;

import java.io.PrintStream;
import java.util.Locale;

/** Prints an evaluation's header, its tables and, last, its summary line. */
final class SentimentEvalReport {

    // Two or three classes have at most six kinds of mistake: list them all.
    private static final int CONFUSIONS = 6;

    private final SentimentEvalResult result;
    private final SentimentEvalData data;
    private final SentimentEvalOptions options;

    SentimentEvalReport(SentimentEvalResult result, SentimentEvalData data, SentimentEvalOptions options) {
        this.result = result;
        this.data = data;
        this.options = options;
    }

    void print(PrintStream out) {
        out.println("sentiment-eval: train " + options.train() + "; " + data.origin());
        out.println("model " + result.modelVersion() + ": " + options.config().describe());
        out.println(String.format(Locale.ROOT, "train %.1f s; predict one at a time over %d test rows: p50 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms", result.trainSeconds(), result.examples(),
                result.latency().percentileMillis(50), result.latency().percentileMillis(99),
                result.latency().maxMillis()));
        out.println();
        TextTable perClass = new TextTable("Per class (test)", "class", "precision", "recall", "f1", "support");
        for (ClassificationMetrics.LabelMetrics m : result.metrics().perLabel()) {
            perClass.row(m.label(), f(m.precision()), f(m.recall()), f(m.f1()), m.support());
        }
        out.println(perClass.render());
        TextTable confused = new TextTable("Confusions (test)", "gold", "predicted", "count");
        result.metrics().mostConfused(CONFUSIONS).forEach(p -> confused.row(p.gold(), p.predicted(), p.count()));
        out.println(confused.render());
        out.println(summary().toJson());
    }

    SummaryLine summary() {
        ClassificationMetrics m = result.metrics();
        return new SummaryLine()
                .put("accuracy", m.accuracy(), 4)
                .put("macro_f1", m.macroF1(), 4)
                .put("train_seconds", result.trainSeconds(), 1)
                .put("predict_p50_ms", result.latency().percentileMillis(50), 2)
                .put("predict_p99_ms", result.latency().percentileMillis(99), 2)
                .put("examples", result.examples());
    }

    private static String f(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
