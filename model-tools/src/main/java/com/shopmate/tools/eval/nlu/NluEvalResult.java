package com.shopmate.tools.eval.nlu;

import com.shopmate.text.outofscope.OutOfScopeRule;
import com.shopmate.tools.eval.ClassificationMetrics;
import com.shopmate.tools.eval.LatencyStats;
import com.shopmate.tools.outofscope.OosCurvePoint;

import java.util.List;
import java.util.Optional;

/**
 * What one evaluation measured. {@code rule}, {@code chosen} and the curves are empty when the data has no
 * out-of-scope label; {@code chosen} is the validation point of the chosen threshold.
 */
record NluEvalResult(ClassificationMetrics metrics, Optional<OutOfScopeRule> rule, Optional<OosCurvePoint> chosen,
                     Optional<OosCurvePoint> atChosenOnTest, List<OosCurvePoint> validationCurve,
                     List<OosCurvePoint> testCurve, double trainSeconds, LatencyStats latency, int examples,
                     String modelVersion, ConfidenceFigures confidence) {
}
