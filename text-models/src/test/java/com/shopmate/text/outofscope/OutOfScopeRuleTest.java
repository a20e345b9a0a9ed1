package com.shopmate.text.outofscope;

import com.shopmate.text.classifier.LabelScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

public class OutOfScopeRuleTest {

    private static final OutOfScopeRule RULE = new OutOfScopeRule("oos", 0.5);

    @Test
    void aConfidentInScopeLabelIsKept() {
        assertEquals("order_status", RULE.decide(scores("order_status", 0.8, "greet", 0.15, "oos", 0.05)));
    }

    @Test
    void theOutOfScopeClassOnTopMeansOutOfScope() {
        assertEquals("oos", RULE.decide(scores("oos", 0.5, "order_status", 0.45, "greet", 0.05)));
    }

    @Test
    void aLowInScopeConfidenceMeansOutOfScope() {
        assertEquals("oos", RULE.decide(scores("order_status", 0.35, "greet", 0.33, "thanks", 0.2, "oos", 0.12)));
    }

    @Test
    void confidenceLeavesTheOutOfScopeClassOut() {
        List<LabelScore> ranked = scores("order_status", 0.45, "oos", 0.4, "greet", 0.15);

        assertEquals(0.75, RULE.inScopeConfidence(ranked), 1e-9);
        assertEquals("order_status", RULE.decide(ranked), "0.45 of the 0.6 in-scope mass is above 0.5");
    }

    @Test
    void thresholdAloneIgnoresTheOutOfScopeClass() {
        List<LabelScore> ranked = scores("oos", 0.6, "order_status", 0.36, "greet", 0.04);

        assertEquals("oos", RULE.decide(ranked));
        assertEquals("order_status", RULE.decideByThreshold(ranked));
    }

    @Test
    void ruleIsSavedBesideTheModelAndLoadedBack(@TempDir Path dir) {
        RULE.save(dir);

        assertEquals(Optional.of(RULE), OutOfScopeRule.load(dir));
        assertEquals(Optional.empty(), OutOfScopeRule.load(dir.resolve("elsewhere")));
    }

    public static List<LabelScore> scores(Object... labelAndProbability) {
        List<LabelScore> out = new ArrayList<>();
        for (int i = 0; i < labelAndProbability.length; i += 2) {
            out.add(new LabelScore((String) labelAndProbability[i], (Double) labelAndProbability[i + 1]));
        }
        return out;
    }
}
