package com.shopmate.tools.eval.reco;

import com.shopmate.tools.eval.SummaryLine;

import java.io.PrintWriter;
import java.util.OptionalDouble;

/** The figures of {@code reco-eval --validate}: the model's, popularity's, and what training cost. */
record RecoValidationResult(double hitRate, double ndcg, double popularityHitRate, double popularityNdcg,
                            double trainSeconds, OptionalDouble peakRssMegabytes, int users) {

    /** A two-line table, then the JSON line scripts read (last). */
    void print(PrintWriter out) {
        out.printf("%-12s HR@10 %.4f  NDCG@10 %.4f%n", "next-item", hitRate, ndcg);
        out.printf("%-12s HR@10 %.4f  NDCG@10 %.4f%n", "popularity", popularityHitRate, popularityNdcg);
        out.println(new SummaryLine()
                .put("hr_at_10", hitRate, 4)
                .put("ndcg_at_10", ndcg, 4)
                .put("popularity_hr_at_10", popularityHitRate, 4)
                .put("popularity_ndcg_at_10", popularityNdcg, 4)
                .put("train_seconds", trainSeconds, 2)
                .put("peak_rss_mb", peakRssMegabytes.isPresent() ? peakRssMegabytes.getAsDouble() : null, 0)
                .put("users", users)
                .toJson());
    }
}
