package com.shopmate.recommendation.marketing;

import com.shopmate.events.MarketingPreferenceChanged;
import com.shopmate.kit.consuming.EventConsumer;
import com.shopmate.kit.consuming.EventConsumers;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Opt-outs and opt-ins, as dialogue hears them, kept with the shopper ({@link MarketingRules}). */
@ApplicationScoped
public class PreferenceConsumer {

    private static final Logger LOG = Logger.getLogger(PreferenceConsumer.class);

    private final EventConsumer<MarketingPreferenceChanged> preferences;
    private final MarketingRules rules;

    PreferenceConsumer(EventConsumers consumers, MarketingRules rules) {
        this.preferences = consumers.of(MarketingPreferenceChanged.class);
        this.rules = rules;
    }

    @Incoming("marketing-preferences")
    public Uni<Void> onPreference(String json) {
        return preferences.consume(json, event -> rules.record(event.payload())
                .invoke(() -> LOG.infof("marketing %s for %s", event.payload().optedOut() ? "opt-out" : "opt-in",
                        Subject.of(event.payload().customerId(), null) != null ? "a customer" : "a phone")));
    }
}
