package com.shopmate.dialogue.handoff;

import com.shopmate.events.IntentClassified;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HandoffRulesTest {

    static final HandoffConfig DEFAULTS = new HandoffConfig() {
        public String requestIntent() { return "human_agent_request"; }
        public double requestConfidence() { return 0.5; }
        public List<String> requestPhrases() { return List.of("转人工", "人工客服", "human agent", "talk to a human"); }
        public List<String> questionPhrases() { return List.of("when", "available", "几点", "什么时候"); }
        public List<String> demandPhrases() { return List.of("我要", "can i talk", "i want"); }
        public double riskThreshold() { return 0.85; }
        public int maxFallbacks() { return 3; }
        public Optional<String> agentHours() { return Optional.empty(); }
    };

    private final HandoffRules rules = new HandoffRules(DEFAULTS);

    private static IntentClassified said(String text, String intent, double confidence) {
        return new IntentClassified("u1", "m1", text, "zh", intent, confidence, List.of(), List.of(), "test");
    }

    @Test
    void aShopperWhoAsksForAPersonIsHandedOver() {
        assertEquals(Optional.of("requested"), rules.before(said("我要人工", "human_agent_request", 0.9), 0));
    }

    @Test
    void theRequestPhraseCountsEvenInsideAComplaint() {
        assertEquals(Optional.of("requested"), rules.before(said("你们太慢了，我要转人工客服", "complaint", 0.8), 0));
        assertEquals(Optional.of("requested"),
                rules.before(said("Can I talk to a human agent, please?", "chitchat", 0.4), 0));
    }

    @Test
    void aQuestionAboutTheAgentsIsNoRequestForOne() {
        assertEquals(Optional.empty(),
                rules.before(said("When are your human agents available?", "human_agent_request", 0.9), 0));
        assertEquals(Optional.empty(), rules.before(said("人工客服几点上班？", "human_agent_request", 0.9), 0));
    }

    @Test
    void aDemandThatAlsoAsksWhenIsStillARequest() {
        assertEquals(Optional.of("requested"), rules.before(said("我要转人工，什么时候有人？", "human_agent_request", 0.9), 0));
    }

    @Test
    void anUnsureGuessOfTheRequestIntentIsNotEnough() {
        assertEquals(Optional.empty(), rules.before(said("客服电话多少", "human_agent_request", 0.3), 0));
    }

    @Test
    void riskOverTheThresholdHandsOver() {
        assertEquals(Optional.of("risk"), rules.before(said("还没到！！", "logistics_tracking", 0.9), 0.9));
        assertEquals(Optional.empty(), rules.before(said("还没到！！", "logistics_tracking", 0.9), 0.7));
    }

    @Test
    void theThirdFailureToUnderstandHandsOver() {
        assertEquals(Optional.empty(), rules.after(false, 2));
        assertEquals(Optional.of("fallbacks"), rules.after(false, 3));
    }

    @Test
    void aFlowThatSaysSoHandsOver() {
        assertEquals(Optional.of("flow"), rules.after(true, 0));
    }
}
