package com.shopmate.tools.outofscope;

/**
 * What one threshold gives on a labelled set. Recall and precision are NaN when undefined (no out-of-scope
 * examples, or nothing predicted out-of-scope).
 */
public record OosCurvePoint(double threshold, double accuracy, double inScopeAccuracy, double oosRecall,
                            double oosPrecision) {
}
