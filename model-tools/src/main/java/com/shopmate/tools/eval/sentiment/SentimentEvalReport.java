package com.shopmate.tools.eval.sentiment;

import com.shopmate.tools.eval.ClassificationMetrics;
import com.shopmate.tools.eval.MetricsTables;
import com.shopmate.tools.eval.SummaryLine;

import java.io.PrintWriter;

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

    void print(PrintWriter out) {
        out.println("sentiment-eval: train " + options.train() + "; " + data.origin());
        out.println("model " + result.modelVersion() + ": " + options.config().describe());
        out.println(MetricsTables.timing(result.trainSeconds(), result.examples(), result.latency()));
        out.println();
        out.println(MetricsTables.perLabel("Per class (test)", "class", result.metrics()).render());
        out.println(MetricsTables.confusions("Confusions (test)", result.metrics(), CONFUSIONS).render());
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
}
