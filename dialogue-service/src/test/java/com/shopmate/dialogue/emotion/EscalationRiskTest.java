package com.shopmate.dialogue.emotion;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EscalationRiskTest {

    /** The shipped defaults (EscalationConfig's @WithDefault values). */
    static final EscalationConfig DEFAULTS = new EscalationConfig() {
        public double levelWeight() { return 0.55; }
        public double trendWeight() { return 0.25; }
        public double sustainedWeight() { return 0.25; }
        public double sustainedFrom() { return 0.45; }
        public double fallbackWeight() { return 0.15; }
        public double repeatWeight() { return 0.15; }
        public double valueWeight() { return 0.05; }
        public BigDecimal highValueOrder() { return new BigDecimal("2000"); }
        public double tierWeight() { return 0.05; }
        public Set<String> valuedTiers() { return Set.of("gold", "platinum", "diamond"); }
        public int keptTurns() { return 8; }
    };
    private static final double HANDOFF_THRESHOLD = 0.85;

    private final EscalationRisk risk = new EscalationRisk(DEFAULTS);

    private static ToneReading calm() {
        return new ToneReading("neutral", "neutral", 0.1, "我的订单到哪了");
    }

    private static ToneReading angry(double intensity) {
        return new ToneReading("negative", "anger", intensity, "你们太慢了！");
    }

    @Test
    void aCalmConversationCarriesNoRisk() {
        assertEquals(0, risk.of(List.of(calm(), calm()), 0, false, null, null), 1e-9);
    }

    @Test
    void oneAngryMessageIsMetWithAnApologyNotAHandoff() {
        double once = risk.of(List.of(calm(), angry(0.8)), 0, false, null, null);
        assertTrue(once > 0.5 && once < HANDOFF_THRESHOLD, "one angry turn: " + once);
    }

    @Test
    void angerThatLastsAndRisesPassesTheHandoffThreshold() {
        double lasting = risk.of(List.of(calm(), angry(0.6), angry(0.9)), 0, false, null, null);
        assertTrue(lasting >= HANDOFF_THRESHOLD, "anger over two turns, rising: " + lasting);
    }

    @Test
    void anxietyWeighsLessThanAngerAtTheSameIntensity() {
        double anxious = risk.of(List.of(new ToneReading("negative", "anxiety", 0.8, "急")), 0, false, null, null);
        double cross = risk.of(List.of(angry(0.8)), 0, false, null, null);
        assertTrue(anxious < cross);
    }

    @Test
    void repeatedQuestionsAndFallbacksRaiseTheRiskOfACalmShopperToo() {
        double plain = risk.of(List.of(calm()), 0, false, null, null);
        double struggling = risk.of(List.of(calm()), 3, true, null, null);
        assertEquals(0.30, struggling - plain, 1e-9);
    }

    @Test
    void whatIsAtStakeCountsOnlyForAnUnhappyShopper() {
        BigDecimal laptop = new BigDecimal("6799");
        assertEquals(0, risk.of(List.of(calm()), 0, false, laptop, "gold"), 1e-9);
        double plain = risk.of(List.of(angry(0.6)), 0, false, null, null);
        double atStake = risk.of(List.of(angry(0.6)), 0, false, laptop, "gold");
        assertEquals(0.10, atStake - plain, 1e-9);
    }

    @Test
    void riskNeverPassesOne() {
        assertEquals(1.0, risk.of(List.of(angry(1), angry(1), angry(1)), 5, true, new BigDecimal("9999"), "gold"),
                1e-9);
    }
}
