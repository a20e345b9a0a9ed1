package com.shopmate.dialogue.content;

import com.shopmate.dialogue.flow.FlowEngine;
import com.shopmate.dialogue.reply.ReplyComposer;
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
    FlowEngine flows(ShopClient shop, Clock clock, DialogueContent content,
                     @ConfigProperty(name = "shopmate.dialogue.min-confidence") double minConfidence) {
        return new FlowEngine(content::flows, shop, clock, minConfidence);
    }

    @Produces
    @ApplicationScoped
    ReplyComposer composer(DialogueContent content,
                           @ConfigProperty(name = "shopmate.dialogue.min-confidence") double minConfidence,
                           @ConfigProperty(name = "shopmate.dialogue.empathy-intensity") double empathyIntensity) {
        return new ReplyComposer(content::replies, minConfidence, empathyIntensity);
    }
}
