package com.shopmate.tools.eval;

import java.util.Locale;

/** The tables and lines every eval command prints the same way, so their reports read alike. */
public final class MetricsTables {

    private MetricsTables() {
    }

    /** Precision, recall, F1 and support per label; {@code labelColumn} names the labels ("intent", "class"). */
    public static TextTable perLabel(String title, String labelColumn, ClassificationMetrics metrics) {
        TextTable table = new TextTable(title, labelColumn, "precision", "recall", "f1", "support");
        for (ClassificationMetrics.LabelMetrics m : metrics.perLabel()) {
            table.row(m.label(), decimal(m.precision()), decimal(m.recall()), decimal(m.f1()), m.support());
        }
        return table;
    }

    /** The {@code limit} most frequent (gold, predicted) mistakes. */
    public static TextTable confusions(String title, ClassificationMetrics metrics, int limit) {
        TextTable table = new TextTable(title, "gold", "predicted", "count");
        metrics.mostConfused(limit).forEach(p -> table.row(p.gold(), p.predicted(), p.count()));
        return table;
    }

    public static String timing(double trainSeconds, int examples, LatencyStats latency) {
        return String.format(Locale.ROOT, "train %.1f s; predict one at a time over %d test rows: p50 %.2f ms, "
                        + "p99 %.2f ms, max %.2f ms", trainSeconds, examples, latency.percentileMillis(50),
                latency.percentileMillis(99), latency.maxMillis());
    }

    /** Four decimals, or "-" for an undefined figure (precision of a label never predicted). */
    public static String decimal(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }
}
