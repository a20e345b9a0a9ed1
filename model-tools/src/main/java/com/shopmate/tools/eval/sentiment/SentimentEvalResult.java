package com.shopmate.tools.eval.sentiment;

import com.shopmate.tools.eval.ClassificationMetrics;
import com.shopmate.tools.eval.LatencyStats;

/** What one sentiment evaluation measured. */
record SentimentEvalResult(ClassificationMetrics metrics, double trainSeconds, LatencyStats latency, int examples,
                           String modelVersion) {
}
