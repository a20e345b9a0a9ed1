package com.shopmate.dialogue.content;

import com.shopmate.dialogue.emotion.EscalationConfig;
import com.shopmate.dialogue.emotion.EscalationRisk;
import com.shopmate.dialogue.emotion.ToneAdapter;
import com.shopmate.dialogue.handoff.AgentHours;
import com.shopmate.dialogue.handoff.HandoffConfig;
import com.shopmate.dialogue.handoff.HandoffRules;
import com.shopmate.dialogue.handoff.Handover;
import java.util.Map;

import com.shopmate.dialogue.flow.FlowEngine;
import com.shopmate.dialogue.reply.ReplyComposer;
import com.shopmate.dialogue.recommend.RecommendationClient;
import com.shopmate.dialogue.shop.ShopClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;

/** Wires the flows and the reply composer to the operator's content, so a reload reaches both at once. */
public class DialogueWiring {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    FlowEngine flows(ShopClient shop, RecommendationClient recommendations, Clock clock, DialogueContent content,
                     @ConfigProperty(name = "shopmate.dialogue.min-confidence") double minConfidence) {
        return new FlowEngine(content::flows, shop, recommendations, clock, minConfidence);
    }

    @Produces
    @ApplicationScoped
    ReplyComposer composer(DialogueContent content,
                           @ConfigProperty(name = "shopmate.dialogue.min-confidence") double minConfidence,
                           @ConfigProperty(name = "shopmate.dialogue.empathy-intensity") double empathyIntensity) {
        return new ReplyComposer(content::replies, minConfidence, empathyIntensity);
    }

    @Produces
    @ApplicationScoped
    EscalationRisk escalationRisk(EscalationConfig config) {
        return new EscalationRisk(config);
    }

    @Produces
    @ApplicationScoped
    HandoffRules handoffRules(HandoffConfig config) {
        return new HandoffRules(config);
    }

    /** Agents' hours from the policy file in force (or the operator's override), on the injected clock. */
    @Produces
    @ApplicationScoped
    Handover handover(DialogueContent content, HandoffConfig config, Clock clock) {
        return new Handover(() -> content.flows().wording(),
                () -> AgentHours.parse(config.agentHours().orElse(content.flows().policy().agentHours()),
                        content.flows().policy().zone(), clock),
                () -> Map.of("zh", content.flows().policy().serviceHours("zh"),
                        "en", content.flows().policy().serviceHours("en")));
    }

    @Produces
    @ApplicationScoped
    ToneAdapter toneAdapter(DialogueContent content,
                            @ConfigProperty(name = "shopmate.dialogue.empathy-intensity") double angryFrom) {
        return new ToneAdapter(content::replies, angryFrom);
    }
}
