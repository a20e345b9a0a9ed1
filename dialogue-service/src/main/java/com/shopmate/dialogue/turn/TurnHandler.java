package com.shopmate.dialogue.turn;

import com.shopmate.dialogue.context.ConversationContext;
import com.shopmate.dialogue.context.ConversationContextStore;
import com.shopmate.dialogue.faq.FaqAnswers;
import com.shopmate.dialogue.faq.GeneralQuestion;
import com.shopmate.dialogue.flow.FlowEngine;
import com.shopmate.dialogue.reply.ReplyComposer;
import com.shopmate.dialogue.reply.ReplyLanguage;
import com.shopmate.events.EventEnvelope;
import com.shopmate.events.IntentClassified;
import com.shopmate.events.ReplyComposed;
import com.shopmate.events.SentimentScored;
import com.shopmate.kit.consuming.FollowUp;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One turn of the conversation: context in, reply composed and sent, context out. */
@ApplicationScoped
public class TurnHandler {

    private static final Logger LOG = Logger.getLogger(TurnHandler.class);

    private final ConversationContextStore contexts;
    private final ReplyComposer composer;
    private final FlowEngine flows;
    private final FaqAnswers faq;
    private final MutinyEmitter<Record<String, String>> replies;
    private final MeterRegistry metrics;
    private final int maxTurns;

    public TurnHandler(ConversationContextStore contexts, ReplyComposer composer, FlowEngine flows,
                       FaqAnswers faq,
                       @Channel("replies") MutinyEmitter<Record<String, String>> replies, MeterRegistry metrics,
                       @ConfigProperty(name = "shopmate.dialogue.context-max-turns") int maxTurns) {
        this.contexts = contexts;
        this.composer = composer;
        this.flows = flows;
        this.faq = faq;
        this.replies = replies;
        this.metrics = metrics;
        this.maxTurns = maxTurns;
    }

    /** @param sentiment the utterance's tone, or null when it did not arrive in time */
    public Uni<Void> answer(EventEnvelope<IntentClassified> intent, SentimentScored sentiment) {
        IntentClassified understood = intent.payload();
        // Both reads at once: they are independent, and each is a Redis round trip on the conversation's turn.
        return Uni.combine().all()
                .unis(contexts.wasAnswered(understood.utteranceId()), contexts.load(intent.conversationId()))
                .asTuple()
                .chain(read -> read.getItem1() ? Uni.createFrom().voidItem()
                        : reply(intent, sentiment, read.getItem2()));
    }

    private Uni<Void> reply(EventEnvelope<IntentClassified> intent, SentimentScored sentiment,
                            ConversationContext context) {
        IntentClassified understood = intent.payload();
        String language = ReplyLanguage.choose(understood.language(), understood.text(), context.language());
        int turnNumber = (int) context.exchanges();
        Uni<Optional<Answered>> faqFirst = asksAboutTheRules(understood, context)
                ? faqAnswer(understood, language).map(answer -> answer.map(reply -> new Answered(
                        composer.comforted(List.of(reply), sentiment, language, turnNumber), language, context)))
                : Uni.createFrom().item(Optional.empty());
        return faqFirst.chain(first -> first.isPresent() ? Uni.createFrom().item(first.get())
                        : flowsThenFaq(intent, sentiment, context, language, turnNumber))
                .chain(answered -> send(intent, sentiment, answered));
    }

    /**
     * A question about the shop's rules ("运费怎么算？") that names no order and does not follow up on the order just
     * discussed ("钱多久能退回来？" after a cancellation is about that order): the FAQ answers it before any flow.
     */
    private static boolean asksAboutTheRules(IntentClassified understood, ConversationContext context) {
        boolean waiting = context.memory().flow() != null && context.memory().flow().awaiting() != null;
        boolean aboutRecentOrder = ORDER_FOLLOW_UPS.contains(understood.intent())
                && !context.memory().orders().isEmpty();
        return !waiting && !aboutRecentOrder
                && understood.entities().stream().noneMatch(e -> "order_id".equals(e.type()))
                && GeneralQuestion.about(understood.text());
    }

    /** A flow's answer; else the FAQ's; else the intent's reply from the wording. */
    private Uni<Answered> flowsThenFaq(EventEnvelope<IntentClassified> intent, SentimentScored sentiment,
                                       ConversationContext context, String language, int turnNumber) {
        IntentClassified understood = intent.payload();
        return flows.knowSender(intent, context.memory())
                .chain(memory -> flows.handle(intent, language, turnNumber, memory))
                .chain(flowTurn -> {
                    Optional<Answered> byFlow = flowTurn.filter(done -> !done.replies().isEmpty())
                            .map(done -> new Answered(composer.comforted(done.replies(), sentiment, language,
                                    turnNumber), language, context.withMemory(done.memory())));
                    if (byFlow.isPresent()) {
                        return Uni.createFrom().item(byFlow.get());
                    }
                    return faqAnswer(understood, language).map(answer -> answer
                            .map(reply -> new Answered(composer.comforted(List.of(reply), sentiment, language,
                                    turnNumber), language, context))
                            .orElseGet(() -> {
                                ReplyComposer.Composition composed = composer.compose(understood, sentiment, context);
                                return new Answered(composed.replies(), composed.language(), context);
                            }));
                });
    }

    /**
     * The shop's FAQ answer, when one is close enough in meaning; greetings, thanks and yes/no keep their own
     * replies. The sentence encoder runs on a worker thread: it is CPU work the event loop must not wait on.
     */
    private Uni<Optional<ReplyComposed.Reply>> faqAnswer(IntentClassified understood, String language) {
        if (CONVERSATIONAL.contains(understood.intent()) && understood.confidence() >= 0.5) {
            return Uni.createFrom().item(Optional.empty());
        }
        return Uni.createFrom().item(() -> faq.best(understood.text(), language)
                        .map(match -> new ReplyComposed.Reply(match.answer(), List.of())))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static final java.util.Set<String> ORDER_FOLLOW_UPS = java.util.Set.of("refund_status",
            "logistics_tracking", "order_status", "delivery_delay_complaint");

    private static final java.util.Set<String> CONVERSATIONAL = java.util.Set.of("greet", "thanks", "goodbye",
            "affirm", "deny");

    /** What the bot says to a turn, in which language, and the context it leaves. */
    private record Answered(List<ReplyComposed.Reply> replies, String language, ConversationContext context) {
    }

    private Uni<Void> send(EventEnvelope<IntentClassified> intent, SentimentScored sentiment, Answered answered) {
        IntentClassified understood = intent.payload();
        ReplyComposed reply = new ReplyComposed(understood.utteranceId(), understood.messageId(),
                answered.language(), answered.replies());
        Instant now = Instant.now();
        ConversationContext next = answered.context().after(
                new ConversationContext.Turn(ConversationContext.SHOPPER, understood.text(), understood.intent(), now),
                answered.replies().stream()
                        .map(r -> new ConversationContext.Turn(ConversationContext.BOT, r.text(), null, now)).toList(),
                answered.language(), maxTurns);
        String tone = sentiment == null ? "missing" : sentiment.polarity();
        return replies.send(FollowUp.record(intent, reply))
                .chain(() -> contexts.saveTurn(intent.conversationId(), next, understood.utteranceId()))
                .invoke(() -> {
                    metrics.counter("shopmate.dialogue.replies", "intent", understood.intent(), "sentiment", tone)
                            .increment();
                    LOG.infof("answered %s: intent %s (%.2f), sentiment %s, in %s", understood.messageId(),
                            understood.intent(), understood.confidence(), tone, answered.language());
                });
    }
}
