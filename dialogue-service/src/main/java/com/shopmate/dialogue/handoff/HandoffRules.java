package com.shopmate.dialogue.handoff;

import com.shopmate.events.IntentClassified;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether this turn hands the conversation to people, and why: the shopper asked, the escalation risk passed its
 * threshold, the bot failed to understand too often, or a flow said a person must decide.
 */
public final class HandoffRules {

    public static final String REQUESTED = "requested";
    public static final String RISK = "risk";
    public static final String FALLBACKS = "fallbacks";
    public static final String FLOW = "flow";

    private final HandoffConfig config;

    public HandoffRules(HandoffConfig config) {
        this.config = config;
    }

    /** Before the bot answers: an explicit request, or a risk too high for the bot to go on alone. */
    public Optional<String> before(IntentClassified understood, double risk) {
        if (asksForPerson(understood)) {
            return Optional.of(REQUESTED);
        }
        if (risk >= config.riskThreshold()) {
            return Optional.of(RISK);
        }
        return Optional.empty();
    }

    /**
     * After the bot answered: a flow that says a person must decide, or this failure to understand being one too
     * many.
     *
     * @param fallbacks consecutive turns not understood, this one included
     */
    public Optional<String> after(boolean flowSaysSo, int fallbacks) {
        if (flowSaysSo) {
            return Optional.of(FLOW);
        }
        if (fallbacks >= config.maxFallbacks()) {
            return Optional.of(FALLBACKS);
        }
        return Optional.empty();
    }

    boolean asksForPerson(IntentClassified understood) {
        String text = understood.text().toLowerCase(Locale.ROOT);
        if (containsAny(text, config.questionPhrases()) && !containsAny(text, config.demandPhrases())) {
            // "When are your human agents available?" wants the hours, not a transfer.
            return false;
        }
        if (config.requestIntent().equals(understood.intent())
                && understood.confidence() >= config.requestConfidence()) {
            return true;
        }
        return containsAny(text, config.requestPhrases());
    }

    private static boolean containsAny(String text, List<String> phrases) {
        return phrases.stream().map(p -> p.toLowerCase(Locale.ROOT)).anyMatch(text::contains);
    }
}
