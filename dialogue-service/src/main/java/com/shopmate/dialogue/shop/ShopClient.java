package com.shopmate.dialogue.shop;

import com.shopmate.events.EventCodec;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.ShopActionCompleted;
import com.shopmate.events.ShopActionRequested;
import com.shopmate.events.ShopQueryAnswered;
import com.shopmate.events.ShopQueryRequested;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Asks the shop's back end over events (docs/adr/0011): a question or an action goes out keyed by the conversation,
 * and the turn waits a bounded time for its answer. Past the budget it fails with {@link ShopUnavailableException},
 * which the flows turn into "the shop's system is slow", never a guessed fact.
 */
@ApplicationScoped
public class ShopClient {

    private final MutinyEmitter<Record<String, String>> queries;
    private final MutinyEmitter<Record<String, String>> actions;
    private final ShopAnswerListener answers;
    private final Duration questionBudget;
    private final Duration actionBudget;

    ShopClient(@Channel("shop-queries") MutinyEmitter<Record<String, String>> queries,
               @Channel("shop-actions") MutinyEmitter<Record<String, String>> actions,
               ShopAnswerListener answers,
               @ConfigProperty(name = "shopmate.dialogue.shop-question-budget") Duration questionBudget,
               @ConfigProperty(name = "shopmate.dialogue.shop-action-budget") Duration actionBudget) {
        this.queries = queries;
        this.actions = actions;
        this.answers = answers;
        this.questionBudget = questionBudget;
        this.actionBudget = actionBudget;
    }

    /** The answer to {@code question}, asked for the conversation (and shopper) of {@code turn}. */
    public Uni<ShopQueryAnswered> ask(EventEnvelope<?> turn, ShopQueryRequested question) {
        CompletableFuture<ShopQueryAnswered> answer = answers.expectAnswer(question.queryId());
        return queries.send(record(turn, question))
                .chain(() -> Uni.createFrom().completionStage(answer))
                .ifNoItem().after(questionBudget).failWith(() -> new ShopUnavailableException(question.kind()))
                .onTermination().invoke(() -> answers.forgetAnswer(question.queryId()));
    }

    /** What became of {@code action}; the same actionId sent again is applied once (ADR 11). */
    public Uni<ShopActionCompleted> act(EventEnvelope<?> turn, ShopActionRequested action) {
        CompletableFuture<ShopActionCompleted> completion = answers.expectCompletion(action.actionId());
        return actions.send(record(turn, action))
                .chain(() -> Uni.createFrom().completionStage(completion))
                .ifNoItem().after(actionBudget).failWith(() -> new ShopUnavailableException(action.kind()))
                .onTermination().invoke(() -> answers.forgetCompletion(action.actionId()));
    }

    private static Record<String, String> record(EventEnvelope<?> turn, com.shopmate.events.EventPayload request) {
        EventEnvelope<?> event = EventEnvelope.of(request, turn.conversationId(), turn.shopId(), turn.channel(),
                turn.traceparent(), turn.identity());
        return Record.of(event.conversationId(), EventCodec.encode(event));
    }
}
