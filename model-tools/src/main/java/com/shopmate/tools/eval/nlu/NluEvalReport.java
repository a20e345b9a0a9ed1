package com.shopmate.tools.eval.nlu;

import com.shopmate.tools.eval.ClassificationMetrics;
import com.shopmate.tools.eval.HtmlReport;
import com.shopmate.tools.eval.MetricsTables;
import com.shopmate.tools.eval.SummaryLine;
import com.shopmate.tools.eval.TextTable;
import com.shopmate.tools.outofscope.OosCurvePoint;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints an evaluation's tables and its summary line, and writes them as an HTML report. */
final class NluEvalReport {

    private static final int CONFUSED_PAIRS = 10;
    private static final double CURVE_ROW_STEP = 0.1;

    private final NluEvalResult result;
    private final NluEvalData data;
    private final NluEvalOptions options;

    NluEvalReport(NluEvalResult result, NluEvalData data, NluEvalOptions options) {
        this.result = result;
        this.data = data;
        this.options = options;
    }

    void print(PrintWriter out) {
        for (String line : header()) {
            out.println(line);
        }
        out.println();
        for (TextTable table : tables()) {
            out.println(table.render());
        }
        out.println(summary().toJson());
    }

    void writeHtml(Path file) {
        Path train = options.train().toAbsolutePath();
        HtmlReport html = new HtmlReport("nlu-eval: " + train.getParent().getFileName() + "/" + train.getFileName());
        for (String line : header()) {
            html.paragraph(line);
        }
        html.heading("Summary").preformatted(summary().toJson());
        if (!result.testCurve().isEmpty()) {
            html.heading("Out-of-scope curve");
            html.raw(OosCurvePlot.svg(result.testCurve(), result.validationCurve(),
                    result.rule().map(r -> r.threshold()).orElse(0.0)));
        }
        tables().forEach(html::table);
        html.write(file);
    }

    private List<String> header() {
        List<String> lines = new ArrayList<>();
        lines.add("nlu-eval: train " + options.train() + "; " + data.origin());
        lines.add("model " + result.modelVersion() + ": " + options.config().describe());
        result.chosen().ifPresent(p -> lines.add(String.format(Locale.ROOT,
                "out-of-scope threshold %.2f chosen on validation (threshold alone, target OOS recall >= %.2f):"
                        + " in-scope accuracy %.4f, OOS recall %.4f, OOS precision %.4f", p.threshold(),
                options.oosRecallTarget(), p.inScopeAccuracy(), p.oosRecall(), p.oosPrecision())));
        ConfidenceFigures c = result.confidence();
        lines.add(String.format(Locale.ROOT, "confidence calibration: temperature %s; expected calibration error on test"
                + " %.4f (uncalibrated %.4f)", c.temperatures(), c.calibratedError(), c.uncalibratedError()));
        lines.add(MetricsTables.timing(result.trainSeconds(), result.examples(), result.latency()));
        return lines;
    }

    private List<TextTable> tables() {
        List<TextTable> tables = new ArrayList<>();
        tables.add(MetricsTables.perLabel("Per intent (test)", "intent", result.metrics()));
        tables.add(MetricsTables.confusions("Most confused pairs (test)", result.metrics(), CONFUSED_PAIRS));
        if (!result.validationCurve().isEmpty()) {
            tables.add(curveTable("Out-of-scope curve (validation, threshold alone: used to choose)",
                    result.validationCurve()));
        }
        if (!result.testCurve().isEmpty()) {
            tables.add(curveTable("Out-of-scope curve (test, class and threshold: for information only)",
                    result.testCurve()));
        }
        return tables;
    }

    /** Every tenth threshold, and the chosen one. */
    private TextTable curveTable(String title, List<OosCurvePoint> curve) {
        double chosen = result.rule().map(r -> r.threshold()).orElse(-1.0);
        TextTable table = new TextTable(title, "threshold", "in-scope acc", "OOS recall", "OOS precision", "accuracy");
        for (OosCurvePoint p : curve) {
            double steps = p.threshold() / CURVE_ROW_STEP;
            boolean tenth = Math.abs(steps - Math.rint(steps)) < 1e-9 && p.threshold() < 1;
            boolean isChosen = Math.abs(p.threshold() - chosen) < 1e-9;
            if (tenth || isChosen) {
                table.row(String.format(Locale.ROOT, "%.2f%s", p.threshold(), isChosen ? " (chosen)" : ""),
                        MetricsTables.decimal(p.inScopeAccuracy()), MetricsTables.decimal(p.oosRecall()), MetricsTables.decimal(p.oosPrecision()), MetricsTables.decimal(p.accuracy()));
            }
        }
        return table;
    }

    SummaryLine summary() {
        ClassificationMetrics m = result.metrics();
        Double inScope = result.atChosenOnTest().map(OosCurvePoint::inScopeAccuracy).orElse(null);
        Double recall = result.atChosenOnTest().map(OosCurvePoint::oosRecall).orElse(null);
        Double precision = result.atChosenOnTest().map(OosCurvePoint::oosPrecision).orElse(null);
        return new SummaryLine()
                .put("accuracy", m.accuracy(), 4)
                .put("macro_f1", m.macroF1(), 4)
                // Without an out-of-scope label every test row is in scope: in-scope accuracy is the accuracy.
                .put("in_scope_accuracy", inScope != null ? inScope : m.accuracy(), 4)
                .put("oos_recall", recall, 4)
                .put("oos_precision", precision, 4)
                .put("train_seconds", result.trainSeconds(), 1)
                .put("predict_p50_ms", result.latency().percentileMillis(50), 2)
                .put("predict_p99_ms", result.latency().percentileMillis(99), 2)
                .put("examples", result.examples());
    }

}
