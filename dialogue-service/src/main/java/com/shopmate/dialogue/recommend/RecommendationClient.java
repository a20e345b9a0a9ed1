package com.shopmate.dialogue.recommend;

import com.shopmate.dialogue.shop.ShopAnswerListener;
import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.EventPayload;
import com.shopmate.events.MarketingPreferenceChanged;
import com.shopmate.events.RecommendationRequested;
import com.shopmate.events.RecommendationsReady;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Asks recommendation-service for suggestions over events, the way {@code ShopClient} asks the shop: the request
 * goes out keyed by the conversation and the turn waits a bounded time. A shopper who asked waits up to
 * {@code shopmate.dialogue.recommendation-budget}; an unasked cross-sell only {@code cross-sell-budget}, and is
 * dropped past it (the answer it follows is not held up). Also passes on opt-outs and opt-ins.
 */
@ApplicationScoped
public class RecommendationClient {

    private final MutinyEmitter<Record<String, String>> requests;
    private final MutinyEmitter<Record<String, String>> preferences;
    private final ShopAnswerListener answers;
    private final Duration askedBudget;
    private final Duration crossSellBudget;

    RecommendationClient(@Channel("recommendation-requests") MutinyEmitter<Record<String, String>> requests,
                         @Channel("marketing-preferences") MutinyEmitter<Record<String, String>> preferences,
                         ShopAnswerListener answers,
                         @ConfigProperty(name = "shopmate.dialogue.recommendation-budget") Duration askedBudget,
                         @ConfigProperty(name = "shopmate.dialogue.cross-sell-budget") Duration crossSellBudget) {
        this.requests = requests;
        this.preferences = preferences;
        this.answers = answers;
        this.askedBudget = askedBudget;
        this.crossSellBudget = crossSellBudget;
    }

    /** The suggestions, or {@code unavailable} when none came within the budget. */
    public Uni<RecommendationsReady> recommend(EventEnvelope<?> turn, RecommendationRequested request) {
        CompletableFuture<RecommendationsReady> answer = answers.expectRecommendations(request.requestId());
        Duration budget = RecommendationRequested.CROSS_SELL.equals(request.purpose()) ? crossSellBudget
                : askedBudget;
        return requests.send(record(turn, turn.conversationId(), request))
                .chain(() -> Uni.createFrom().completionStage(answer))
                .ifNoItem().after(budget).recoverWithItem(() -> new RecommendationsReady(request.requestId(),
                        RecommendationsReady.UNAVAILABLE, null, null, null))
                .onTermination().invoke(() -> answers.forgetRecommendations(request.requestId()));
    }

    /** Tells recommendation-service, which keeps consent with the shopper. */
    public Uni<Void> preferenceChanged(EventEnvelope<?> turn, MarketingPreferenceChanged change) {
        String key = change.customerId() != null ? change.customerId() : change.phone();
        return preferences.send(record(turn, key, change));
    }

    private static Record<String, String> record(EventEnvelope<?> turn, String key, EventPayload payload) {
        EventEnvelope<?> event = EventEnvelope.of(payload, turn.conversationId(), turn.shopId(), turn.channel(),
                turn.traceparent(), turn.identity());
        return Record.of(key, EventCodec.encode(event));
    }
}
