package com.shopmate.dialogue.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires the composer from config: templates are read once at start. */
public class ReplyComposerProducer {

    @Produces
    @ApplicationScoped
    ReplyComposer composer(@ConfigProperty(name = "shopmate.dialogue.min-confidence") double minConfidence,
                           @ConfigProperty(name = "shopmate.dialogue.empathy-intensity") double empathyIntensity) {
        return new ReplyComposer(ReplyTemplates.fromClasspath("dialogue/replies.yml"), minConfidence,
                empathyIntensity);
    }
}
