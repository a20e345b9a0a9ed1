package com.shopmate.text.sentiment;

import com.shopmate.text.eval.ClassificationMetrics;
import com.shopmate.text.eval.LatencyStats;

/** What one sentiment evaluation measured. */
record SentimentEvalResult(ClassificationMetrics metrics, double trainSeconds, LatencyStats latency, int examples,
                           String modelVersion) {
}
