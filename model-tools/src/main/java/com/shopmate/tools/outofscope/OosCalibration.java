package com.shopmate.tools.outofscope;

import com.shopmate.text.outofscope.OutOfScopeRule;

import java.util.List;

/**
 * The outcome of calibrating on validation: the rule to use, the validation point it was chosen at, the whole
 * validation curve (threshold only), and whether the recall target was reachable.
 */
public record OosCalibration(OutOfScopeRule rule, OosCurvePoint chosen, List<OosCurvePoint> curve,
                             boolean meetsTarget) {
}
