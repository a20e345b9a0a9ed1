package com.shopmate.tools.eval;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ClassificationMetricsTest {

    private static final List<String> GOLD = List.of("a", "a", "a", "b", "b", "c");
    private static final List<String> PREDICTED = List.of("a", "a", "b", "b", "a", "a");

    @Test
    void perLabelPrecisionRecallAndF1() {
        ClassificationMetrics m = ClassificationMetrics.of(GOLD, PREDICTED);

        ClassificationMetrics.LabelMetrics a = m.perLabel().get(0);
        assertEquals("a", a.label());
        assertEquals(0.5, a.precision(), 1e-9);        // 2 of 4 predicted a
        assertEquals(2 / 3.0, a.recall(), 1e-9);       // 2 of 3 gold a
        assertEquals(4 / 7.0, a.f1(), 1e-9);
        assertEquals(3, a.support());
        assertEquals(0, m.perLabel().get(2).f1(), "c is never predicted");
    }

    @Test
    void accuracyAndMacroF1() {
        ClassificationMetrics m = ClassificationMetrics.of(GOLD, PREDICTED);

        assertEquals(0.5, m.accuracy(), 1e-9);
        assertEquals((4 / 7.0 + 0.5 + 0) / 3, m.macroF1(), 1e-9);
    }

    @Test
    void mostConfusedPairsComeMostFrequentFirst() {
        ClassificationMetrics m = ClassificationMetrics.of(List.of("a", "a", "b", "c"), List.of("b", "b", "c", "a"));

        assertEquals(new ClassificationMetrics.ConfusedPair("a", "b", 2), m.mostConfused(10).get(0));
        assertEquals(3, m.mostConfused(10).size());
        assertEquals(1, m.mostConfused(1).size());
    }
}
